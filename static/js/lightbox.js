/*
 * Gallery lightbox for story pages, written for this site (no third-party code).
 *
 * Each gallery thumbnail is a plain link to the large photo, so without JavaScript the
 * photo still opens. With it, activating a link (click, or Enter on the keyboard) opens a
 * native <dialog> opened with showModal(): the browser keeps focus inside it and closes it
 * on Escape. Left and right arrows move through the gallery; on close, focus goes back to
 * the thumbnail that is showing, so a keyboard user keeps their place.
 */
(function () {
  "use strict";

  var labels = {
    id: { previous: "Sebelumnya", next: "Berikutnya", close: "Tutup", position: "Foto {n} dari {total}", dialog: "Galeri foto" },
    en: { previous: "Previous", next: "Next", close: "Close", position: "Photo {n} of {total}", dialog: "Photo gallery" }
  };
  var language = (document.documentElement.lang || "id").slice(0, 2);
  var text = labels[language] || labels.id;

  function button(label, className) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = className;
    element.textContent = label;
    return element;
  }

  function buildDialog() {
    var dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", text.dialog);
    var figure = document.createElement("figure");
    var image = document.createElement("img");
    image.alt = "";
    var caption = document.createElement("figcaption");
    figure.appendChild(image);
    figure.appendChild(caption);
    var controls = document.createElement("div");
    controls.className = "lightbox__controls";
    var previous = button(text.previous, "lightbox__previous");
    var position = document.createElement("span");
    position.className = "lightbox__position";
    position.setAttribute("aria-live", "polite");
    var next = button(text.next, "lightbox__next");
    var close = button(text.close, "lightbox__close");
    controls.appendChild(previous);
    controls.appendChild(position);
    controls.appendChild(next);
    controls.appendChild(close);
    dialog.appendChild(controls);
    dialog.appendChild(figure);
    document.body.appendChild(dialog);
    return { dialog: dialog, image: image, caption: caption, position: position, previous: previous, next: next, close: close };
  }

  function setUpGallery(gallery, parts) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll("[data-lightbox-item]"));
    var current = 0;

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var thumbnail = link.querySelector("img");
      parts.image.src = link.href;
      parts.image.alt = thumbnail ? thumbnail.alt : "";
      if (link.dataset.width) { parts.image.width = link.dataset.width; parts.image.height = link.dataset.height; }
      parts.caption.textContent = [link.dataset.caption, link.dataset.credit].filter(Boolean).join(" · ");
      parts.position.textContent = text.position.replace("{n}", current + 1).replace("{total}", links.length);
    }

    function open(index) {
      parts.owner = { show: show, links: links, current: function () { return current; } };
      show(index);
      parts.dialog.showModal();
      parts.close.focus();
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey) { return; }
        event.preventDefault();
        open(index);
      });
    });
  }

  var galleries = document.querySelectorAll("[data-gallery]");
  if (!galleries.length || typeof HTMLDialogElement === "undefined") { return; }
  var parts = buildDialog();

  parts.previous.addEventListener("click", function () { parts.owner.show(parts.owner.current() - 1); });
  parts.next.addEventListener("click", function () { parts.owner.show(parts.owner.current() + 1); });
  parts.close.addEventListener("click", function () { parts.dialog.close(); });
  parts.dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") { event.preventDefault(); parts.owner.show(parts.owner.current() - 1); }
    if (event.key === "ArrowRight") { event.preventDefault(); parts.owner.show(parts.owner.current() + 1); }
  });
  // A click on the backdrop lands on the dialog element itself, outside its content.
  parts.dialog.addEventListener("click", function (event) {
    if (event.target === parts.dialog) { parts.dialog.close(); }
  });
  parts.dialog.addEventListener("close", function () {
    parts.image.removeAttribute("src");
    parts.owner.links[parts.owner.current()].focus();
  });

  Array.prototype.forEach.call(galleries, function (gallery) { setUpGallery(gallery, parts); });
})();
