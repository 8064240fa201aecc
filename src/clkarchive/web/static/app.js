// clkarchive: keyboard steps for the slide viewer and "/" to search; every page works without it.
"use strict";
document.addEventListener("keydown", (event) => {
  const target = event.target;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement
    || target instanceof HTMLTextAreaElement;
  if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === "/") {
    const box = document.querySelector(".find input");
    if (box) { event.preventDefault(); box.focus(); box.select(); }
    return;
  }
  const rel = { ArrowLeft: "prev", ArrowRight: "next" }[event.key];
  const link = rel && document.querySelector(`a[rel="${rel}"]`);
  if (link) { event.preventDefault(); window.location.assign(link.href); }
});
