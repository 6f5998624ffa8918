/*
 * "Cite this speech": when the address points at a paragraph (#p12), the permanent link and
 * both citations name that paragraph; "Copy" puts a citation on the clipboard.
 * Without JavaScript the section still shows the page's link and both citations.
 */
(function () {
  "use strict";

  var section = document.querySelector("[data-cite]");
  if (!section) { return; }
  var permalink = section.dataset.permalink;
  var status = section.querySelector("[data-copy-status]");
  var copied = { id: "Kutipan disalin.", en: "Citation copied." };
  var language = (document.documentElement.lang || "id").slice(0, 2);

  function currentParagraph() {
    var match = /^#p(\d+)$/.exec(window.location.hash);
    return match && document.getElementById("p" + match[1]) ? match[1] : null;
  }

  function update() {
    var number = currentParagraph();
    var url = number ? permalink + "#p" + number : permalink;
    section.querySelectorAll("[data-cite-url]").forEach(function (element) {
      element.textContent = url;
      if (element.tagName === "A") { element.href = url; }
    });
    section.querySelectorAll("[data-citation]").forEach(function (citation) {
      var slot = citation.querySelector("[data-cite-paragraph]");
      slot.textContent = number ? ", " + citation.dataset.paragraphWording.replace("{number}", number) : "";
    });
  }

  if (navigator.clipboard) {
    section.querySelectorAll("[data-copy]").forEach(function (copyButton) {
      copyButton.hidden = false;
      copyButton.addEventListener("click", function () {
        var citation = document.getElementById(copyButton.dataset.copy);
        navigator.clipboard.writeText(citation.textContent.trim()).then(function () {
          status.textContent = copied[language] || copied.id;
        });
      });
    });
  }

  window.addEventListener("hashchange", update);
  update();
})();
