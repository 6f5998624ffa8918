// Fills the search box's <datalist> with title suggestions from the autocomplete endpoint.
(function () {
  const input = document.querySelector("[data-autocomplete-url]");
  if (!input || !input.list) return;
  let timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return;
    timer = setTimeout(async function () {
      const url = input.dataset.autocompleteUrl + "?q=" + encodeURIComponent(text);
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const data = await response.json();
        input.list.replaceChildren(...data.suggestions.map(function (item) {
          const option = document.createElement("option");
          option.value = item.title;
          return option;
        }));
      } catch (error) {
        // Suggestions are optional: the form still submits without them.
      }
    }, 200);
  });
})();
