/* Search page enhancements (the page works without them): facets and sort apply at once, results and
   facets are fetched and swapped in place with a shareable URL, and the search box suggests as you type. */
(function () {
  "use strict";

  var form = document.getElementById("recherche-formulaire");
  if (!form || !window.fetch || !window.history || !window.DOMParser) {
    return;
  }
  document.documentElement.classList.add("carrefour-js");

  // --- results and facets, fetched in place ----------------------------------------------------
  var controller = null;

  function formUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && (value.trim() !== "" || name !== "q")) {
        if (name === "sort" && value === "relevance") {
          return;
        }
        params.append(name, value);
      }
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function swap(url, options) {
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    var focusId = document.activeElement && document.activeElement.id;
    var results = document.getElementById("resultats");
    results.setAttribute("aria-busy", "true");
    return fetch(url, {
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
      signal: controller.signal
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString("<div id=\"racine\">" + html + "</div>", "text/html");
      var root = doc.getElementById("racine");
      var newFacets = root.querySelector("#facettes");
      var facets = document.getElementById("facettes");
      if (newFacets) {
        newFacets.parentNode.removeChild(newFacets);
        facets.replaceChildren.apply(facets, Array.prototype.slice.call(newFacets.childNodes));
      }
      // Keep the live region node so that screen readers announce the new count.
      var count = document.getElementById("resultats-nombre");
      var newCount = root.querySelector("#resultats-nombre");
      if (count && newCount) {
        count.textContent = newCount.textContent;
        newCount.parentNode.replaceChild(count, newCount);
      }
      results.replaceChildren.apply(results, Array.prototype.slice.call(root.childNodes));
      results.removeAttribute("aria-busy");
      if (options.push) {
        history.pushState({ carrefourSearch: true }, "", url);
      }
      var keep = focusId && document.getElementById(focusId);
      if (keep && keep !== document.body) {
        keep.focus();
      } else if (options.focusResults) {
        var heading = document.getElementById("resultats-titre");
        if (heading) {
          heading.focus();
        }
      }
    }).catch(function (error) {
      if (error.name !== "AbortError") {
        window.location.href = url; // fall back to a full page load
      }
    });
  }

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.type === "checkbox" || target.name === "sort") {
      swap(formUrl(), { push: true, focusResults: false });
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    closeSuggestions();
    swap(formUrl(), { push: true, focusResults: true });
  });

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || !form.contains(link)) {
      return;
    }
    var inPagination = link.closest(".fr-pagination");
    var isFilterLink = link.id === "effacer-filtres" || link.id === "vouliez-vous-dire" || link.classList.contains("fr-tag");
    if (!inPagination && !isFilterLink) {
      return;
    }
    event.preventDefault();
    var url = new URL(link.getAttribute("href"), window.location.href);
    var q = url.searchParams.get("q");
    input.value = q || "";
    swap(url.pathname + url.search, { push: true, focusResults: true });
  });

  window.addEventListener("popstate", function () {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var sort = document.getElementById("recherche-tri");
    if (sort) {
      sort.value = params.get("sort") || "relevance";
    }
    swap(window.location.pathname + window.location.search, { push: false, focusResults: false });
  });

  // --- suggestions as you type (ARIA 1.2 combobox with a listbox popup) -------------------------
  var input = document.getElementById("recherche-q");
  var listbox = document.getElementById("recherche-suggestions");
  var suggestUrl = form.getAttribute("data-suggest-url");
  var suggestions = [];
  var active = -1;
  var timer = null;
  var suggestController = null;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-expanded", "false");

  function closeSuggestions() {
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    suggestions = [];
    active = -1;
  }

  function setActive(index) {
    var options = listbox.querySelectorAll("[role=option]");
    if (!options.length) {
      return;
    }
    active = (index + options.length) % options.length;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === active ? "true" : "false");
    }
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function choose(index) {
    var suggestion = suggestions[index];
    if (!suggestion) {
      return;
    }
    if (suggestion.url) {
      window.location.href = suggestion.url;
      return;
    }
    input.value = suggestion.label;
    closeSuggestions();
    swap(formUrl(), { push: true, focusResults: false });
  }

  function render(items) {
    suggestions = items.slice(0, 10);
    active = -1;
    input.removeAttribute("aria-activedescendant");
    listbox.replaceChildren();
    if (!suggestions.length) {
      closeSuggestions();
      return;
    }
    suggestions.forEach(function (suggestion, index) {
      var option = document.createElement("li");
      option.id = "recherche-suggestion-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.className = "carrefour-suggestions__option carrefour-suggestions__option--" + (suggestion.kind || "term");
      option.textContent = suggestion.label; // text only: labels come from harvested titles
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep the focus in the input
      });
      option.addEventListener("click", function () {
        choose(index);
      });
      listbox.appendChild(option);
    });
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function fetchSuggestions() {
    var q = input.value.trim();
    if (q.length < 2) {
      closeSuggestions();
      return;
    }
    if (suggestController) {
      suggestController.abort();
    }
    suggestController = new AbortController();
    fetch(suggestUrl + "?q=" + encodeURIComponent(q), {
      headers: { Accept: "application/json" },
      signal: suggestController.signal
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (data) {
      var items = Array.isArray(data) ? data : (data && data.suggestions) || [];
      if (document.activeElement === input) {
        render(items);
      }
    }).catch(function () {
      /* suggestions are a convenience: stay silent on errors and aborts */
    });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 150);
  });

  input.addEventListener("keydown", function (event) {
    var open = !listbox.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (open) {
        setActive(active + 1);
      } else {
        fetchSuggestions();
      }
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      setActive(active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      closeSuggestions();
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(closeSuggestions, 150);
  });
})();
