import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setErrorTranslator } from './dataProvider/client';
import { i18nProvider } from './i18n';

// Server errors are worded by the panel's translations (reason -> message), in the current language.
setErrorTranslator((key, options) => i18nProvider.translate(key, options));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
