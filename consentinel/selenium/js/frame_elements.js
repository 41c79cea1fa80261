// Every iframe/frame element of the current document, open shadow roots included, in document
// order (Playwright's page.frames sees those too). Returns the elements themselves: WebDriver
// hands them back as WebElements to switch into.
() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'iframe' || el.localName === 'frame') found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}
