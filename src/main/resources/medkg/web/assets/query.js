// The query page: YASGUI pointed at this server's endpoint, the project's prefixes preset, the examples as buttons.
// Everything it loads comes from this server; the autocompleters that ask outside services (LOV) are switched off.
(function () {
  "use strict";
  var holder = document.getElementById("examples");
  var examples = JSON.parse(holder.getAttribute("data-examples"));
  var prefixes = JSON.parse(holder.getAttribute("data-prefixes"));
  var prologue = Object.keys(prefixes).map(function (p) {
    return "PREFIX " + p + ": <" + prefixes[p] + ">";
  }).join("\n");
  var preset = prologue + "\n\nSELECT ?dataset ?title WHERE {\n  ?dataset a mkg:Dataset ;\n    dct:title ?title .\n}\n"
    + "ORDER BY ?title\nLIMIT 50\n";

  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.value = preset;
  var endpoint = new URL("/sparql", window.location.href).toString();
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: preset }
  });

  examples.forEach(function (ex) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "example";
    b.textContent = ex.title;
    b.title = ex.name;
    b.setAttribute("data-name", ex.name);
    b.addEventListener("click", function () {
      var tab = yasgui.getTab();
      tab.setQuery(ex.query);
      tab.getYasqe().query();
    });
    holder.appendChild(b);
  });
})();
