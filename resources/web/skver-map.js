/* Skver's map page: draws the venues and photos that maps/page_data.py hands over as JSON.
 *
 * Every string from the case (venue names, excuses, notes, file names, EXIF text) is put into
 * the page with textContent, never parsed as markup: a note that looks like markup shows as
 * text.
 * Leaflet's popups and tooltips take strings as HTML, so they are always given DOM nodes.
 * When it is done the page sets window.skverMap (counts for tests and the app).
 */
(function () {
  "use strict";

  var DETAIL_FROM_ZOOM = 16;  // venues as shapes, photos with circles and cones

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function field(parent, label, value) {
    if (value === undefined || value === null || value === "") { return; }
    var row = el("div", "skver-field");
    row.appendChild(el("span", "skver-label", label + ": "));
    row.appendChild(el("span", null, value));
    parent.appendChild(row);
  }

  function list(parent, heading, items) {
    if (!items || !items.length) { return; }
    parent.appendChild(el("div", "skver-heading", heading));
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(el("li", null, item)); });
    parent.appendChild(ul);
  }

  function observationText(o) {
    var parts = [];
    if (o.tags.length) { parts.push(o.tags.join(", ")); }
    if (o.people !== null) { parts.push(o.people + (o.people === 1 ? " person" : " people")); }
    if (o.note) { parts.push("“" + o.note + "”"); }
    return o.reviewer + ": " + parts.join("; ");
  }

  function photoPopup(p) {
    var box = el("div", "skver-popup");
    box.appendChild(el("div", "skver-title", "Photo " + p.id + (p.name ? " · " + p.name : "")));
    if (p.thumb && p.thumb.indexOf("data:image/") === 0) {
      var img = el("img", "skver-thumb");
      img.src = p.thumb;
      img.alt = "Photo " + p.id;
      box.appendChild(img);
    } else {
      box.appendChild(el("div", "skver-note", "No thumbnail (`case rebuild-derived` remakes it)."));
    }
    field(box, "Taken (local)", p.taken_local);
    field(box, "Taken (UTC)", p.taken_utc);
    field(box, "Dated by", p.time_basis);
    field(box, "Camera clock", p.camera_clock);
    field(box, "Distance", p.distance);
    field(box, "GPS accuracy", p.accuracy);
    field(box, "Facing", p.bearing_deg === null ? null : Math.round(p.bearing_deg) + "°");
    field(box, "Camera", p.camera);
    field(box, "Software", p.software);
    list(box, "This claim", p.bearing_on_claim);
    list(box, "Findings", p.findings.map(function (f) {
      return f.severity + ": " + f.message;
    }));
    list(box, "Weaker because", p.notes);
    list(box, "Observations", p.observations.map(observationText));
    return box;
  }

  function venuePopup(v) {
    var box = el("div", "skver-popup");
    box.appendChild(el("div", "skver-title", v.name));
    if (v.other_names.length) { box.appendChild(el("div", null, v.other_names.join(" · "))); }
    field(box, "Position", v.confidence);
    field(box, "Shape", v.kind === "Point" ? "point, radius " + Math.round(v.radius_m) + " m"
                                           : "outline");
    field(box, "Refusals", v.claims.length ? null : "none recorded");
    if (v.claims.length) {
      var ul = el("ul");
      v.claims.forEach(function (c) {
        var li = el("li");
        var swatch = el("span", "skver-swatch");
        swatch.style.background = c.colour;
        li.appendChild(swatch);
        li.appendChild(el("span", null, c.document_number + " (" + c.document_date + "), " +
                          c.category + ", " + c.window + ": " + c.verdict));
        ul.appendChild(li);
      });
      box.appendChild(el("div", "skver-heading", "Refusals"));
      box.appendChild(ul);
    }
    return box;
  }

  function drawVenue(map, v, claimMode) {
    var style = {color: v.colour, fillColor: v.colour, weight: v.selected ? 4 : 2,
                 opacity: claimMode && !v.selected ? 0.5 : 0.9,
                 fillOpacity: claimMode && !v.selected ? 0.08 : 0.18,
                 dashArray: v.status === "no claim" ? "6 4" : null};
    var layer = v.kind === "Polygon" ? L.polygon(v.rings, style)
                                     : L.circle(v.centre, Object.assign({radius: v.radius_m}, style));
    layer.bindPopup(function () { return venuePopup(v); }, {maxWidth: 360});
    layer.addTo(map);
    // The name stays on the map, above the venue's northern edge, clear of the photos in it.
    L.tooltip({permanent: true, direction: "top", className: "skver-venue-label"})
      .setLatLng(v.label_at).setContent(el("span", null, v.name)).addTo(map);
    return layer;
  }

  // At a city's scale a venue is a few pixels across: a disc of fixed size, under the photos,
  // stands in for it, and accuracy circles and view cones (metres across) are left out.
  function venuePin(v, claimMode) {
    var pin = L.circleMarker(v.centre, {radius: 12, color: "#ffffff", weight: 2, pane: "skverPins",
                                        fillColor: v.colour,
                                        fillOpacity: claimMode && !v.selected ? 0.5 : 0.95});
    pin.bindPopup(function () { return venuePopup(v); }, {maxWidth: 360});
    return pin;
  }

  function switchWithZoom(map, pins, detail) {
    function update() {
      var small = map.getZoom() < DETAIL_FROM_ZOOM;
      if (small !== map.hasLayer(pins)) { map[small ? "addLayer" : "removeLayer"](pins); }
      if (small === map.hasLayer(detail)) { map[small ? "removeLayer" : "addLayer"](detail); }
    }
    map.on("zoomend", update);
    update();
  }

  function drawPhoto(p, colour, detail) {
    var dim = p.state === "dimmed";
    var qualifying = p.state === "qualifying";
    L.circle([p.lat, p.lon], {radius: p.circle_m, color: colour, weight: 1,
                              opacity: dim ? 0.25 : 0.7, fillOpacity: dim ? 0.03 : 0.08,
                              dashArray: p.accuracy_assumed ? "3 3" : null,
                              interactive: false}).addTo(detail);
    if (p.cone) {
      L.polygon(p.cone, {color: colour, weight: 1, opacity: dim ? 0.2 : 0.6,
                         fillOpacity: dim ? 0.05 : 0.2, interactive: false}).addTo(detail);
    }
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: qualifying ? 7 : 6, color: "#ffffff", weight: 2, fillColor: colour,
      fillOpacity: dim ? 0.35 : 1, opacity: dim ? 0.5 : 1});
    marker.bindPopup(function () { return photoPopup(p); }, {maxWidth: 340, minWidth: 260,
                                                              maxHeight: 440});
    marker.bindTooltip(el("span", null, "Photo " + p.id + (p.taken_local ? " · " + p.taken_local : "")));
    return marker;
  }

  // A transparent 1x1 GIF: where the embedded background has no tile, nothing is fetched.
  var EMPTY_TILE = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

  // The MBTiles background carried in the page: tiles as data URIs keyed "z/x/y" (y from the
  // north). Leaflet enlarges the deepest level embedded; the attribution is already escaped.
  var EmbeddedTiles = L.TileLayer.extend({
    initialize: function (basemap) {
      this._embedded = basemap.tiles;
      L.TileLayer.prototype.initialize.call(this, "", {
        minNativeZoom: basemap.min_zoom, maxNativeZoom: Math.max(basemap.max_zoom, basemap.min_zoom),
        maxZoom: 20, attribution: basemap.attribution, errorTileUrl: EMPTY_TILE});
    },
    getTileUrl: function (coords) {
      var key = this._getZoomForUrl() + "/" + coords.x + "/" + coords.y;
      return Object.prototype.hasOwnProperty.call(this._embedded, key)
        ? this._embedded[key] : EMPTY_TILE;
    }
  });

  var PHOTO_COLOURS = {qualifying: "#6a1b9a", dimmed: "#78909c", normal: "#283593"};

  window.skverDraw = function (map, data) {
    var claimMode = data.claim !== null;
    var background = data.basemap ? new EmbeddedTiles(data.basemap).addTo(map) : null;
    map.createPane("skverPins").style.zIndex = 350;  // below the overlay pane (400): photos on top
    var venues = data.venues.map(function (v) { return drawVenue(map, v, claimMode); });
    var pins = L.layerGroup(data.venues.map(function (v) { return venuePin(v, claimMode); }));
    var detail = L.layerGroup();                 // accuracy circles and view cones
    // Clusters only when there are many photos: a few are clearer one by one.
    var cluster = data.photos.length >= data.cluster_from
      ? L.markerClusterGroup({maxClusterRadius: 40, disableClusteringAtZoom: 18,
                              showCoverageOnHover: false})
      : L.featureGroup();
    var onTop = L.featureGroup();                // the claim's photos: never hidden in a cluster
    var markers = {};
    data.photos.forEach(function (p) {
      var marker = drawPhoto(p, PHOTO_COLOURS[p.state], detail);
      (p.state === "qualifying" ? onTop : cluster).addLayer(marker);
      markers[p.id] = marker;
    });
    map.addLayer(cluster);
    map.addLayer(onTop);
    switchWithZoom(map, pins, detail);
    if (data.focus) {  // leave room on the right for the legend
      map.fitBounds(data.focus, {paddingTopLeft: [40, 40], paddingBottomRight: [330, 40],
                                 maxZoom: 18});
    }
    window.skverMap = {
      venues: venues.length,
      photos: data.photos.length,
      highlighted: data.photos.filter(function (p) { return p.state === "qualifying"; }).length,
      dimmed: data.photos.filter(function (p) { return p.state === "dimmed"; }).length,
      claim: claimMode ? data.claim.claim_id : null,
      clustered: cluster instanceof L.MarkerClusterGroup,
      map: map, cluster: cluster,
      embeddedTiles: data.basemap ? Object.keys(data.basemap.tiles).length : 0,
      background: background,
      // Shows one photo's popup (from the app, or a screenshot script), opening its cluster.
      openPhoto: function (id) {
        var marker = markers[id];
        if (!marker) { return false; }
        if (cluster.zoomToShowLayer && cluster.hasLayer(marker)) {
          cluster.zoomToShowLayer(marker, function () { marker.openPopup(); });
        } else {
          map.setView(marker.getLatLng(), Math.max(map.getZoom(), DETAIL_FROM_ZOOM),
                      {animate: false});
          marker.openPopup();
        }
        return true;
      }
    };
  };
})();
