// corpgraph page: draws the graph with vis-network (inlined), then wires the search box,
// the relation-type filter and the neighbourhood highlight. Article text only ever reaches
// the page as data (JSON) and the DOM as text (textContent, option values, vis-network's
// text tooltips), never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, data.options);
  var state = { network: network, nodes: nodes, edges: edges, ready: false, started: performance.now(),
                stabilisedAfterMs: null, highlighted: null };
  window.corpgraph = state;

  function ready() {
    if (state.ready) { return; }
    network.setOptions({ physics: false });  // stable and interactive from here on
    state.ready = true;
    state.stabilisedAfterMs = performance.now() - state.started;
    document.body.dataset.ready = "true";
  }
  if (data.options.physics && data.options.physics.enabled !== false) {
    network.once("stabilizationIterationsDone", ready);
  } else {
    network.once("afterDrawing", ready);
  }

  // neighbourhood highlight: everything else fades
  var original = {};
  nodes.forEach(function (n) { original[n.id] = { color: n.color, font: n.font || null }; });
  function highlight(id) {
    var keep = new Set(network.getConnectedNodes(id).concat([id]));
    nodes.update(nodes.getIds().map(function (other) {
      return keep.has(other) ? { id: other, color: original[other].color, font: { color: "#222" } }
                             : { id: other, color: "#e4e4e4", font: { color: "#bbbbbb" } };
    }));
    state.highlighted = id;
  }
  function reset() {
    if (state.highlighted === null) { return; }
    nodes.update(nodes.getIds().map(function (id) { return { id: id, color: original[id].color, font: { color: "#222" } }; }));
    state.highlighted = null;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { highlight(params.nodes[0]); } else { reset(); }
  });
  state.highlight = highlight;
  state.reset = reset;

  // search: every name and spelling, matched without case
  var names = document.getElementById("names");
  var byName = {};
  nodes.forEach(function (n) {
    (n.names || [n.label]).forEach(function (name) {
      byName[name.toLowerCase()] = n.id;
      var option = document.createElement("option");
      option.value = name;
      names.appendChild(option);
    });
  });
  var search = document.getElementById("search");
  var result = document.getElementById("search-result");
  function find() {
    var wanted = search.value.trim().toLowerCase();
    if (!wanted) { return; }
    var id = byName[wanted];
    if (id === undefined) {
      var partial = Object.keys(byName).filter(function (name) { return name.indexOf(wanted) !== -1; }).sort();
      id = partial.length ? byName[partial[0]] : undefined;
    }
    if (id === undefined) { result.textContent = "no match"; return; }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    highlight(id);
    result.textContent = "found: " + nodes.get(id).label;
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { find(); } });
  state.find = function (text) { search.value = text; find(); return state.highlighted; };

  // filter by relation type
  var filters = document.getElementById("filters");
  data.types.forEach(function (type) {
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = type;
    box.addEventListener("change", function () {
      edges.update(edges.get({ filter: function (e) { return e.rtype === type; } })
        .map(function (e) { return { id: e.id, hidden: !box.checked }; }));
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + type + " (" + data.typeCounts[type] + ")"));
    filters.appendChild(label);
  });
  state.visibleEdges = function () { return edges.get({ filter: function (e) { return !e.hidden; } }).length; };
})();
