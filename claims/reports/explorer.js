// The claims explorer: search, facets, sorting and rows that open, over the JSON in #claims-data.
// Runs offline; every text is set with textContent, never parsed as HTML.
(function () {
  "use strict";
  var rows = JSON.parse(document.getElementById("claims-data").textContent);
  var PAGE = 200;
  var COLUMNS = [
    {key: "method", label: "Method"},
    {key: "value", label: "Value", sort: "value_num", num: true},
    {key: "metric", label: "Metric"},
    {key: "dataset", label: "Dataset"},
    {key: "platform", label: "Platform"},
    {key: "gain", label: "Gain", sort: "gain_num", num: true},
    {key: "year", label: "Year", num: true},
    {key: "paper", label: "Paper"}
  ];
  var FACETS = [
    {key: "family", label: "Metric family", values: function (r) { return [r.family || "none"]; }},
    {key: "class", label: "Platform class", values: function (r) { return [r["class"] || "none"]; }},
    {key: "dataset", label: "Dataset", values: function (r) { return r.datasets.length ? r.datasets : ["none"]; }},
    {key: "year", label: "Year", values: function (r) { return [r.year ? String(r.year) : "unknown"]; }}
  ];
  var state = {words: [], chosen: {}, sortKey: null, ascending: true, limit: PAGE, open: {}};

  rows.forEach(function (r) {
    r.haystack = [r.method, r.value, r.metric, r.family, r.dataset, r.variant, r.platform,
                  r["class"], r.baseline, r.paper, r.title, r.year, r.before + r.hit + r.after]
      .join(" \u0000 ").toLowerCase();
  });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // --- facets ------------------------------------------------------------------------------
  function buildFacets() {
    var aside = document.getElementById("facets");
    FACETS.forEach(function (facet) {
      var counts = {};
      rows.forEach(function (r) {
        facet.values(r).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      var blank = function (v) { return v === "none" || v === "unknown" ? 1 : 0; };
      var values = Object.keys(counts).sort(function (a, b) {
        return blank(a) - blank(b) ||
          (facet.key === "year" ? b.localeCompare(a) : counts[b] - counts[a] || a.localeCompare(b));
      });
      var box = el("fieldset", {"class": "facet", "data-facet": facet.key});
      box.appendChild(el("legend", {}, facet.label));
      var list = el("div", {"class": "options"});
      values.forEach(function (v) {
        var id = "f-" + facet.key + "-" + v.replace(/[^A-Za-z0-9]+/g, "_");
        var label = el("label", {"for": id});
        var box2 = el("input", {type: "checkbox", id: id, value: v, "data-facet": facet.key});
        box2.addEventListener("change", function () {
          var set = state.chosen[facet.key] || (state.chosen[facet.key] = {});
          if (box2.checked) { set[v] = true; } else { delete set[v]; }
          state.limit = PAGE;
          render();
        });
        label.appendChild(box2);
        label.appendChild(document.createTextNode(" " + v + " "));
        label.appendChild(el("span", {"class": "n"}, counts[v]));
        list.appendChild(label);
      });
      box.appendChild(list);
      aside.appendChild(box);
    });
  }

  // --- filtering and sorting -----------------------------------------------------------------
  function matches(r) {
    for (var i = 0; i < state.words.length; i++) {
      if (r.haystack.indexOf(state.words[i]) < 0) { return false; }
    }
    for (var f = 0; f < FACETS.length; f++) {
      var chosen = state.chosen[FACETS[f].key];
      if (!chosen || !Object.keys(chosen).length) { continue; }
      if (!FACETS[f].values(r).some(function (v) { return chosen[v]; })) { return false; }
    }
    return true;
  }

  function sorted(list) {
    if (!state.sortKey) { return list; }
    var column = COLUMNS.filter(function (c) { return c.key === state.sortKey; })[0];
    var key = column.sort || column.key;
    var sign = state.ascending ? 1 : -1;
    return list.slice().sort(function (a, b) {
      var x = a[key], y = b[key];
      var xBlank = x === null || x === undefined || x === "";
      var yBlank = y === null || y === undefined || y === "";
      if (xBlank || yBlank) { return xBlank - yBlank || a.id - b.id; }   // blanks last
      var order = column.num ? x - y : String(x).localeCompare(String(y));
      return order * sign || a.id - b.id;
    });
  }

  // --- table ---------------------------------------------------------------------------------
  function buildHead() {
    var tr = document.querySelector("#claims thead tr");
    COLUMNS.forEach(function (column) {
      var th = el("th", {scope: "col", "data-key": column.key, "class": column.num ? "num" : ""});
      var button = el("button", {type: "button"}, column.label);
      button.addEventListener("click", function () {
        if (state.sortKey === column.key) { state.ascending = !state.ascending; }
        else { state.sortKey = column.key; state.ascending = !column.num; }
        render();
      });
      th.appendChild(button);
      tr.appendChild(th);
    });
  }

  function toggle(id) {
    if (state.open[id]) { delete state.open[id]; } else { state.open[id] = true; }
    render();
  }

  function detail(r) {
    var td = el("td", {colspan: COLUMNS.length});
    var sentence = el("p", {"class": "sentence"});
    sentence.appendChild(document.createTextNode(r.before));
    sentence.appendChild(el("mark", {}, r.hit));
    sentence.appendChild(document.createTextNode(r.after));
    td.appendChild(sentence);
    var facts = el("p", {"class": "facts"});
    [["Family", r.family], ["Baseline", r.baseline], ["Dataset as written", r.variant],
     ["Platform class", r["class"]]].forEach(function (pair) {
      if (pair[1]) {
        facts.appendChild(el("span", {"class": "fact"}, pair[0] + ": " + pair[1]));
      }
    });
    td.appendChild(facts);
    var paper = el("p", {"class": "paper"});
    if (r.url) {
      var a = el("a", {href: r.url, target: "_blank", rel: "noopener"},
                 (r.link === "search" ? "Search for the paper: " : "Open the paper: ") + r.title);
      paper.appendChild(a);
    } else {
      paper.textContent = r.title;
    }
    td.appendChild(paper);
    var tr = el("tr", {"class": "detail"});
    tr.appendChild(td);
    return tr;
  }

  function row(r) {
    var tr = el("tr", {"class": "claim", tabindex: "0", "data-id": r.id,
                       "aria-expanded": state.open[r.id] ? "true" : "false"});
    COLUMNS.forEach(function (column) {
      var td = el("td", {"class": column.num ? "num" : ""});
      if (column.key === "paper" && r.url) {
        var a = el("a", {href: r.url, target: "_blank", rel: "noopener", title: r.title}, r.paper);
        a.addEventListener("click", function (event) { event.stopPropagation(); });
        td.appendChild(a);
      } else {
        td.textContent = r[column.key] === null || r[column.key] === undefined ? "" : r[column.key];
      }
      tr.appendChild(td);
    });
    tr.addEventListener("click", function () { toggle(r.id); });
    tr.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); toggle(r.id); }
    });
    return tr;
  }

  function render() {
    var found = sorted(rows.filter(matches));
    var body = document.querySelector("#claims tbody");
    var fresh = document.createElement("tbody");
    found.slice(0, state.limit).forEach(function (r) {
      fresh.appendChild(row(r));
      if (state.open[r.id]) { fresh.appendChild(detail(r)); }
    });
    body.parentNode.replaceChild(fresh, body);
    document.querySelectorAll("#claims th").forEach(function (th) {
      if (th.getAttribute("data-key") === state.sortKey) {
        th.setAttribute("aria-sort", state.ascending ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
    var shown = Math.min(found.length, state.limit);
    document.getElementById("count").textContent = found.length === rows.length
      ? rows.length + " claims" + (shown < found.length ? ", the first " + shown + " shown" : "")
      : found.length + " of " + rows.length + " claims match" +
        (shown < found.length ? ", the first " + shown + " shown" : "");
    document.getElementById("more-wrap").hidden = shown >= found.length;
  }

  document.getElementById("search").addEventListener("input", function (event) {
    state.words = event.target.value.toLowerCase().split(/\s+/).filter(Boolean);
    state.limit = PAGE;
    render();
  });
  document.getElementById("more").addEventListener("click", function () {
    state.limit += PAGE;
    render();
  });
  buildFacets();
  buildHead();
  render();
})();
