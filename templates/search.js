// Starts Pagefind's search UI on the search page, in the page's language, and runs the query the search box of any
// page submitted (search.html?q=…). Pagefind loads its index with fetch, which browsers refuse for file:// pages, so
// opened from disk the page says how to serve the site instead.
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) return;
  if (location.protocol === "file:") {
    var note = document.createElement("p");
    note.className = "search-offline";
    note.textContent = box.getAttribute("data-offline");
    box.appendChild(note);
    return;
  }
  // Pagefind finds its index beside pagefind-ui.js, so the page needs no path of its own.
  // Result URLs are from the site's root (/zh-CN/lesson-….html); data-root is the way up to it from this page ("" or "../").
  var ui = new PagefindUI({ element: "#search", baseUrl: new URL(box.getAttribute("data-root") || "./", location.href).pathname, showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
