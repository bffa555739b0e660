// A small React 19 app, bundled by contexts.test.mjs with esbuild: it renders the widgets with
// attributes from state, changes one from state, listens to a pt-* event the React 19 way
// (`onpt-gate-change`), and unmounts them.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [theme, setTheme] = useState('light');
  const [lang, setLang] = useState('en');
  const [shown, setShown] = useState(true);
  const [events, setEvents] = useState(0);
  return (
    <div className="app">
      <button id="toggle-theme" onClick={() => setTheme((t) => (t === 'light' ? 'dark' : 'light'))}>Theme: {theme}</button>
      <button id="toggle-lang" onClick={() => setLang((l) => (l === 'en' ? 'es' : 'en'))}>Lang: {lang}</button>
      <button id="toggle-shown" onClick={() => setShown((s) => !s)}>{shown ? 'Unmount' : 'Mount'}</button>
      <output id="event-count">{events}</output>
      {shown && (
        <section id="widgets" lang={lang}>
          <div className="slot"><pt-technique-compare theme={theme}></pt-technique-compare></div>
          <div className="slot"><pt-technique-card technique="swedish" theme={theme}></pt-technique-card></div>
          <div className="slot"><pt-gate-control theme={theme} onpt-gate-change={() => setEvents((n) => n + 1)}></pt-gate-control></div>
          <div className="slot"><pt-trigger-point-map theme={theme}></pt-trigger-point-map></div>
          <div className="slot"><pt-visit-guide theme={theme}></pt-visit-guide></div>
        </section>
      )}
    </div>
  );
}

createRoot(document.getElementById('react-root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
