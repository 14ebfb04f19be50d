/* Skver's map page: draws the venues and photos that maps/page_data.py hands over as JSON.
 *
 * Every string from the case (venue names, excuses, notes, file names, EXIF text) is put into
 * the page with textContent, never parsed as markup: a note that looks like markup shows as
 * text.
 * Leaflet's popups and tooltips take strings as HTML, so they are always given DOM nodes.
 * When it is done the page sets window.skverMap (counts for tests, and what the app calls).
 * Inside the app (gui/map_view.py) the page also finds Qt's `qt.webChannelTransport`: it then
 * connects to the app's one QWebChannel object, reports clicks on photos and venues to it and
 * says when it is ready. Opened anywhere else (a browser, the HTML report) it is a plain map.
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

  // The page's words (maps/page_words.py), in the language it was made in; set by skverDraw.
  var W = {};

  function photoPopup(p) {
    var box = el("div", "skver-popup");
    box.appendChild(el("div", "skver-title", p.title));
    if (p.thumb && p.thumb.indexOf("data:image/") === 0) {
      var img = el("img", "skver-thumb");
      img.src = p.thumb;
      img.alt = p.title;
      box.appendChild(img);
    } else {
      box.appendChild(el("div", "skver-note", W.no_thumbnail));
    }
    field(box, W.taken_local, p.taken_local);
    field(box, W.video, p.video);
    field(box, W.taken_utc, p.taken_utc);
    field(box, W.dated_by, p.time_basis);
    field(box, W.camera_clock, p.camera_clock);
    field(box, W.distance, p.distance);
    field(box, W.accuracy, p.accuracy);
    field(box, W.facing, p.bearing_deg === null ? null : Math.round(p.bearing_deg) + "°");
    field(box, W.camera, p.camera);
    field(box, W.software, p.software);
    list(box, W.this_refusal, p.bearing_on_claim);
    list(box, W.findings, p.findings);
    list(box, W.weaker, p.notes);
    list(box, W.observations, p.observations);
    return box;
  }

  function venuePopup(v) {
    var box = el("div", "skver-popup");
    box.appendChild(el("div", "skver-title" + (v.stand_in ? " skver-stand-in" : ""), v.name));
    if (v.other_names.length) { box.appendChild(el("div", null, v.other_names.join(" · "))); }
    field(box, W.position, v.confidence);
    field(box, W.shape, v.shape_text);
    field(box, W.refusals, v.claims.length ? null : W.none_recorded);
    if (v.claims.length) {
      var ul = el("ul");
      v.claims.forEach(function (c) {
        var li = el("li");
        var swatch = el("span", "skver-swatch");
        swatch.style.background = c.colour;
        li.appendChild(swatch);
        li.appendChild(el("span", null, c.text));
        ul.appendChild(li);
      });
      box.appendChild(el("div", "skver-heading", W.refusals));
      box.appendChild(ul);
    }
    return box;
  }

  function drawVenue(map, v, claimMode, clicked) {
    var style = {color: v.colour, fillColor: v.colour, weight: v.selected ? 4 : 2,
                 opacity: claimMode && !v.selected ? 0.5 : 0.9,
                 fillOpacity: claimMode && !v.selected ? 0.08 : 0.18,
                 dashArray: v.status === "no claim" ? "6 4" : null};
    var layer = v.kind === "Polygon" ? L.polygon(v.rings, style)
                                     : L.circle(v.centre, Object.assign({radius: v.radius_m}, style));
    layer.bindPopup(function () { return venuePopup(v); }, {maxWidth: 360});
    layer.on("click", clicked);
    layer.addTo(map);
    // The name stays on the map, near the venue and clear of the other names (placeLabels
    // moves it); a name standing in for the page language's is in italics.
    var label = L.tooltip({permanent: true, direction: "center", interactive: false,
                           className: "skver-venue-label" + (v.stand_in ? " skver-stand-in" : "")})
      .setLatLng(v.label_at).setContent(el("span", null, v.name)).addTo(map);
    return {shape: layer, label: label};
  }

  // Venue names that never cover one another: each venue's name is tried above its venue, then
  // below, beside and at the corners, a little further out each round; the first place that is
  // clear of the names already placed (and of the other venues' pins) is taken. Names are placed
  // in order of weight: the refusal shown, then venues with more refusals. A name with no clear
  // place is hidden until the map is zoomed in; the venue's pin or outline still names it on hover.
  var LABEL_GAP = 3;
  var PIN_RADIUS = 12;

  var LABEL_MARGIN = 2;  // kept clear around each name: Leaflet places them to whole pixels

  function overlaps(a, b) {
    return a.left - LABEL_MARGIN < b.right && b.left - LABEL_MARGIN < a.right &&
      a.top - LABEL_MARGIN < b.bottom && b.top - LABEL_MARGIN < a.bottom;
  }

  function placeLabels(map, venues, list, pinMode) {
    var placed = [];
    var shown = list.filter(function (v) { return map.hasLayer(venues[v.id].label); });
    var pins = shown.map(function (v) {
      var c = map.latLngToLayerPoint(v.centre);
      return {id: v.id, left: c.x - PIN_RADIUS, right: c.x + PIN_RADIUS,
              top: c.y - PIN_RADIUS, bottom: c.y + PIN_RADIUS};
    });
    shown.slice().sort(function (a, b) {
      return (b.selected - a.selected) || (b.claims.length - a.claims.length) || (a.id - b.id);
    }).forEach(function (v) {
      var label = venues[v.id].label, node = label.getElement();
      if (!node) { return; }
      node.style.display = "";
      var w = node.offsetWidth, h = node.offsetHeight;
      // The anchor: the pin at a city's scale, the venue's northern edge up close.
      var at = map.latLngToLayerPoint(pinMode ? v.centre : v.label_at);
      var r = pinMode ? PIN_RADIUS : 0;
      var box = null;
      for (var round = 0; round < 4 && !box; round++) {
        var d = LABEL_GAP + round * h;
        var spots = [[0, -(r + d + h / 2)], [0, r + d + h / 2],
                     [r + d + w / 2, 0], [-(r + d + w / 2), 0],
                     [r + d + w / 2, -(r + d + h / 2)], [-(r + d + w / 2), -(r + d + h / 2)],
                     [r + d + w / 2, r + d + h / 2], [-(r + d + w / 2), r + d + h / 2]];
        for (var i = 0; i < spots.length; i++) {
          var cx = at.x + spots[i][0], cy = at.y + spots[i][1];
          var candidate = {left: cx - w / 2, right: cx + w / 2, top: cy - h / 2, bottom: cy + h / 2,
                           x: cx, y: cy};
          var clear = placed.every(function (o) { return !overlaps(candidate, o); }) &&
            (!pinMode || pins.every(function (o) { return o.id === v.id || !overlaps(candidate, o); }));
          if (clear) { box = candidate; break; }
        }
      }
      venues[v.id].labelHidden = !box;
      // A name with no room: its venue's outline names it on hover instead.
      var shape = venues[v.id].shape;
      if (!box && !shape.getTooltip()) {
        shape.bindTooltip(el("span", v.stand_in ? "skver-stand-in" : null, v.name),
                          {sticky: true});
      } else if (box && shape.getTooltip()) {
        shape.unbindTooltip();
      }
      if (!box) { node.style.display = "none"; return; }
      placed.push(box);
      label.setLatLng(map.layerPointToLatLng(L.point(box.x, box.y)));
    });
  }

  // At a city's scale a venue is a few pixels across: a disc of fixed size, under the photos,
  // stands in for it, and accuracy circles and view cones (metres across) are left out.
  function venuePin(v, claimMode, clicked) {
    var pin = L.circleMarker(v.centre, {radius: PIN_RADIUS, color: "#ffffff", weight: 2, pane: "skverPins",
                                        fillColor: v.colour,
                                        fillOpacity: claimMode && !v.selected ? 0.5 : 0.95});
    pin.bindPopup(function () { return venuePopup(v); }, {maxWidth: 360});
    pin.bindTooltip(el("span", v.stand_in ? "skver-stand-in" : null, v.name));
    pin.on("click", clicked);
    return pin;
  }

  function switchWithZoom(map, pins, detail, after) {
    function update() {
      var small = map.getZoom() < DETAIL_FROM_ZOOM;
      if (small !== map.hasLayer(pins)) { map[small ? "addLayer" : "removeLayer"](pins); }
      if (small === map.hasLayer(detail)) { map[small ? "removeLayer" : "addLayer"](detail); }
      after(small);
    }
    map.on("zoomend", update);
    update();
  }

  // A photo's marker, with its accuracy circle and view cone (`extras`, for the detail layer).
  function drawPhoto(p, colour) {
    var dim = p.state === "dimmed";
    var qualifying = p.state === "qualifying";
    var extras = [L.circle([p.lat, p.lon], {
      radius: p.circle_m, color: colour, weight: 1, opacity: dim ? 0.25 : 0.7,
      fillOpacity: dim ? 0.03 : 0.08, dashArray: p.accuracy_assumed ? "3 3" : null,
      interactive: false, pane: "skverDetail"})];
    if (p.cone) {
      extras.push(L.polygon(p.cone, {color: colour, weight: 1, opacity: dim ? 0.2 : 0.6,
                                     fillOpacity: dim ? 0.05 : 0.2, interactive: false,
                                     pane: "skverDetail"}));
    }
    var marker = L.circleMarker([p.lat, p.lon], {  // a video: a dark ring, not a white one
      radius: qualifying ? 7 : 6, color: p.video ? "#1a1a1a" : "#ffffff",
      weight: p.video ? 3 : 2, fillColor: colour,
      fillOpacity: dim ? 0.35 : 1, opacity: dim ? 0.5 : 1});
    marker.bindPopup(function () { return photoPopup(p); }, {maxWidth: 340, minWidth: 260,
                                                              maxHeight: 440});
    marker.bindTooltip(el("span", null, p.tooltip));
    return {marker: marker, extras: extras,
            style: {fillColor: colour, radius: qualifying ? 7 : 6, fillOpacity: dim ? 0.35 : 1,
                    opacity: dim ? 0.5 : 1}};
  }

  // The app's QWebChannel object, when the page runs inside the app; null anywhere else.
  function connectApp(onConnected) {
    if (typeof qt === "undefined" || !qt.webChannelTransport ||
        typeof QWebChannel === "undefined") { return; }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      onConnected(channel.objects.skver);
    });
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

  // Placing a venue from the app's venue form: a draggable point that a click also moves, or an
  // outline drawn by clicking its corners. Each change is reported as GeoJSON text (through
  // `report`); the last one is kept in `edited` so the page works without the app too.
  function VenueEditor(map, report) {
    var self = {id: null, mode: null, marker: null, corners: [], outline: null, edited: null};

    function rounded(x) { return Math.round(x * 1e7) / 1e7; }

    function send(geometry) {
      self.edited = geometry;
      report(self.id, JSON.stringify(geometry));
    }

    function sendPoint() {
      var at = self.marker.getLatLng();
      send({type: "Point", coordinates: [rounded(at.lng), rounded(at.lat)]});
    }

    function drawOutline() {
      if (self.outline) { map.removeLayer(self.outline); }
      self.outline = (self.corners.length >= 3 ? L.polygon : L.polyline)(self.corners, {
        color: "#d81b60", weight: 3, dashArray: "6 4", fillOpacity: 0.1, interactive: false
      }).addTo(map);
    }

    function placeMarker(latlng) {
      if (!self.marker) {
        self.marker = L.marker(latlng, {draggable: true, autoPan: true, zIndexOffset: 1000,
          icon: L.divIcon({className: "skver-edit-pin", iconSize: [18, 18]})}).addTo(map);
        self.marker.on("dragend", sendPoint);
      } else {
        self.marker.setLatLng(latlng);
      }
    }

    function clear() {
      if (self.marker) { map.removeLayer(self.marker); }
      if (self.outline) { map.removeLayer(self.outline); }
      self.marker = self.outline = null;
      self.corners = [];
    }

    self.start = function (id, mode, geometry) {
      clear();
      self.id = id;
      self.mode = mode === "polygon" ? "polygon" : "point";
      self.edited = null;
      if (geometry && geometry.type === "Point" && self.mode === "point") {
        placeMarker([geometry.coordinates[1], geometry.coordinates[0]]);
        map.setView(self.marker.getLatLng(), Math.max(map.getZoom(), DETAIL_FROM_ZOOM),
                    {animate: false});
      } else if (geometry && geometry.type === "Polygon" && self.mode === "polygon") {
        self.corners = geometry.coordinates[0].slice(0, -1).map(function (p) {
          return L.latLng(p[1], p[0]);
        });
        drawOutline();
      }
      map.getContainer().classList.add("skver-editing");
      return true;
    };

    self.stop = function () {
      clear();
      self.mode = null;
      map.getContainer().classList.remove("skver-editing");
      return true;
    };

    // A click on the map: the point moves there, or the outline gets another corner.
    self.click = function (latlng) {
      if (!self.mode) { return false; }
      map.closePopup();
      if (self.mode === "point") {
        placeMarker(latlng);
        sendPoint();
        return true;
      }
      self.corners.push(latlng);
      drawOutline();
      if (self.corners.length >= 3) {
        var ring = self.corners.map(function (c) { return [rounded(c.lng), rounded(c.lat)]; });
        ring.push(ring[0].slice());
        send({type: "Polygon", coordinates: [ring]});
      }
      return true;
    };

    return self;
  }

  // Leaflet's scale bar, metric only, its units in the page's words (м, км in Russian and
  // Kazakh); Leaflet's own says "m" and "km" in English, beside feet and miles.
  function scaleBar() {
    var bar = L.control.scale({metric: true, imperial: false});
    bar._updateMetric = function (maxMetres) {
      var metres = this._getRoundNum(maxMetres);
      var scale = this._mScale;
      scale.style.width = Math.round(this.options.maxWidth * metres / maxMetres) + "px";
      scale.textContent = metres < 1000 ? metres + " " + W.unit_m
        : (metres / 1000) + " " + W.unit_km;
    };
    return bar;
  }

  var PHOTO_COLOURS = {qualifying: "#6a1b9a", dimmed: "#78909c", normal: "#283593"};

  window.skverDraw = function (map, data) {
    W = data.words;
    scaleBar().addTo(map);
    var app = null;  // the app's bridge, once connected
    var claimMode = data.claim !== null;
    var background = data.basemap ? new EmbeddedTiles(data.basemap).addTo(map) : null;
    map.createPane("skverPins").style.zIndex = 350;  // below the overlay pane (400): photos on top
    // Circles and cones come and go with the zoom: in a pane of their own under the markers,
    // so they never cover one whenever they are drawn.
    map.createPane("skverDetail").style.zIndex = 390;
    var venues = {};
    var pins = L.layerGroup();
    var editor = VenueEditor(map, function (id, geojson) {
      // Older apps have no such slot: the page still works with them.
      if (app && app.venueGeometryEdited) { app.venueGeometryEdited(id, geojson); }
    });
    map.on("click", function (e) { editor.click(e.latlng); });
    data.venues.forEach(function (v) {
      var clicked = function () { if (app && !editor.mode) { app.venueClicked(v.id); } };
      venues[v.id] = drawVenue(map, v, claimMode, clicked);
      venues[v.id].pin = venuePin(v, claimMode, clicked).addTo(pins);
    });
    var detail = L.layerGroup();                 // accuracy circles and view cones
    // Clusters only when there are many photos: a few are clearer one by one.
    var cluster = data.photos.length >= data.cluster_from
      ? L.markerClusterGroup({maxClusterRadius: 40, disableClusteringAtZoom: 18,
                              showCoverageOnHover: false})
      : L.featureGroup();
    var onTop = L.featureGroup();                // the claim's photos: never hidden in a cluster
    var photos = {};
    data.photos.forEach(function (p) {
      photos[p.id] = drawPhoto(p, PHOTO_COLOURS[p.state]);
      photos[p.id].marker.on("click", function () { if (app) { app.photoClicked(p.id); } });
    });
    var shown = null;  // the claim the app filtered the map to, if any

    // Puts the photos with these ids on the map (all when null), each in its own style.
    function placePhotos(ids, styleOf) {
      cluster.clearLayers();
      onTop.clearLayers();
      detail.clearLayers();
      var loose = [];
      data.photos.forEach(function (p) {
        if (ids && ids.indexOf(p.id) < 0) { return; }
        var photo = photos[p.id];
        photo.marker.setStyle(styleOf(p, photo));
        photo.marker.setRadius(styleOf(p, photo).radius);
        photo.extras.forEach(function (x) { detail.addLayer(x); });
        if (ids || p.state === "qualifying") { onTop.addLayer(photo.marker); }
        else { loose.push(photo.marker); }
      });
      if (cluster.addLayers) { cluster.addLayers(loose); }
      else { loose.forEach(function (m) { cluster.addLayer(m); }); }
    }

    function showVenues(id) {  // one venue by id, or all when null
      data.venues.forEach(function (v) {
        var parts = venues[v.id], keep = id === null || v.id === id;
        [parts.shape, parts.label].forEach(function (layer) {
          if (keep !== map.hasLayer(layer)) { map[keep ? "addLayer" : "removeLayer"](layer); }
        });
        if (keep !== pins.hasLayer(parts.pin)) { pins[keep ? "addLayer" : "removeLayer"](parts.pin); }
      });
      relabel();
    }

    function relabel() {
      placeLabels(map, venues, data.venues, map.getZoom() < DETAIL_FROM_ZOOM);
    }

    function fit(bounds) {  // leave room on the right for the legend
      if (bounds) {
        map.fitBounds(bounds, {paddingTopLeft: [40, 40], paddingBottomRight: [330, 40],
                               maxZoom: 18, animate: false});
      }
    }

    placePhotos(null, function (p, photo) { return photo.style; });
    map.addLayer(cluster);
    map.addLayer(onTop);
    switchWithZoom(map, pins, detail, relabel);
    fit(data.focus);
    map.on("resize", relabel);

    function openPhoto(id) {
      var marker = photos[id] && photos[id].marker;
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

    // Only one claim's venue and the photos that bear on it, coloured by how they bear.
    function showClaim(id) {
      var claim = data.claims.filter(function (c) { return c.claim_id === id; })[0];
      if (!claim) { return false; }
      map.closePopup();
      placePhotos(claim.photos, function (p, photo) {
        var colour = claim.colours[String(p.id)] || PHOTO_COLOURS.qualifying;  // its outcome's
        return {fillColor: colour, radius: 8, fillOpacity: 1, opacity: 1};
      });
      showVenues(claim.venue_id);
      shown = id;
      fit(claim.focus);
      return true;
    }

    function showAll() {
      map.closePopup();
      placePhotos(null, function (p, photo) { return photo.style; });
      showVenues(null);
      shown = null;
      fit(data.focus);
      return true;
    }

    window.skverMap = {
      venues: data.venues.length,
      photos: data.photos.length,
      highlighted: data.photos.filter(function (p) { return p.state === "qualifying"; }).length,
      dimmed: data.photos.filter(function (p) { return p.state === "dimmed"; }).length,
      claim: claimMode ? data.claim.claim_id : null,
      clustered: cluster instanceof L.MarkerClusterGroup,
      map: map, cluster: cluster,
      embeddedTiles: data.basemap ? Object.keys(data.basemap.tiles).length : 0,
      background: background,
      // Shows one photo's popup (from the app, or a screenshot script), opening its cluster.
      openPhoto: openPhoto,
      // The app's calls: a claim alone, everything again, one photo (leaving a claim it is not in).
      showClaim: showClaim,
      showAll: showAll,
      selectPhoto: function (id) {
        var marker = photos[id] && photos[id].marker;
        if (marker && !cluster.hasLayer(marker) && !onTop.hasLayer(marker)) { showAll(); }
        return openPhoto(id);
      },
      // Where each venue's name is drawn, in the page's pixels (null: hidden for want of room).
      labelBoxes: function () {
        return data.venues.filter(function (v) { return map.hasLayer(venues[v.id].label); })
          .map(function (v) {
            var node = venues[v.id].label.getElement();
            var r = node && node.style.display !== "none" ? node.getBoundingClientRect() : null;
            return {id: v.id, name: v.name, stand_in: v.stand_in,
                    box: r && {left: r.left, top: r.top, right: r.right, bottom: r.bottom},
                    on_hover: !!venues[v.id].shape.getTooltip()};
          });
      },
      relabel: relabel,
      // What is on the map now: photos and venues in view of the filter, the claim shown.
      visible: function () {
        return {photos: cluster.getLayers().length + onTop.getLayers().length,
                venues: data.venues.filter(function (v) {
                  return map.hasLayer(venues[v.id].shape); }).length,
                claim: shown};
      },
      // One venue in view (the app's venue table); false when there is no such venue.
      focusVenue: function (id) {
        var v = data.venues.filter(function (x) { return x.id === id; })[0];
        if (!v) { return false; }
        if (!map.hasLayer(venues[id].shape)) { showAll(); }
        var legend = document.querySelector("details.skver-legend");
        var right = legend && legend.open ? Math.min(330, map.getSize().x * 0.4) : 20;
        map.fitBounds(v.kind === "Polygon" ? venues[id].shape.getBounds()
                                           : L.latLng(v.centre).toBounds(Math.max(v.radius_m, 40) * 4),
                      {paddingTopLeft: [20, 20], paddingBottomRight: [right, 20], maxZoom: 18,
                       animate: false});
        return true;
      },
      // Folds or unfolds the legend (a narrow map, as in the app's Venues tab, needs the room).
      foldLegend: function (folded) {
        var legend = document.querySelector("details.skver-legend");
        if (legend) { legend.open = !folded; }
        return !!legend;
      },
      // The venue form's editing: id (-1 for a venue not saved yet), "point" or "polygon",
      // and the geometry it has now (GeoJSON, or null to start a new one).
      editVenue: function (id, mode, geometry) { return editor.start(id, mode, geometry); },
      endEdit: function () { return editor.stop(); },
      editor: editor,
      editMarker: function () { return editor.marker; },
      photoMarker: function (id) { return photos[id] && photos[id].marker; },
      venueLayer: function (id) { return venues[id] && venues[id].shape; },
      connected: false
    };
    connectApp(function (bridge) {
      app = bridge;
      window.skverMap.connected = true;
      app.ready();
    });
  };
})();
