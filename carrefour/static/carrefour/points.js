// Optional point map of the map page (Leaflet), only rendered when a tile server is configured.
// Points come from the GeoJSON export of the current search; no inline script (CSP).
(function () {
  "use strict";
  var element = document.getElementById("carte-points");
  if (!element || !window.L) { return; }
  var map = L.map(element, { scrollWheelZoom: false }).setView([46.6, 2.4], 5);
  L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
  fetch(element.dataset.geojson, { headers: { Accept: "application/geo+json" } })
    .then(function (response) { return response.json(); })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        onEachFeature: function (feature, marker) {
          var link = document.createElement("a");
          link.href = feature.properties.url;
          link.textContent = feature.properties.titre;  // text, never HTML: titles come from harvested sources
          marker.bindPopup(link);
        }
      }).addTo(map);
      element.dataset.points = String(collection.features.length);
      if (collection.features.length) { map.fitBounds(layer.getBounds(), { maxZoom: 11 }); }
    });
})();
