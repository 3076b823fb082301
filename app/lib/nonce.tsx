import { createContext, useContext } from 'react';

/** The CSP nonce of this response (server only; in the browser the scripts are already trusted). */
const NonceContext = createContext<string>('');
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
