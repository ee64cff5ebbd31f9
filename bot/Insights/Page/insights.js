// CareerBot insights page. Draws its own SVG charts; loads nothing from elsewhere.
(function () {
  "use strict";
  var KEY = "careerbot.insights.key";
  var SVG = "http://www.w3.org/2000/svg";
  var $ = function (id) { return document.getElementById(id); };

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(width, height, label) {
    return el("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": label, width: width, height: height });
  }

  // Drawn at the box's own width, so text keeps its size on any screen.
  function widthOf(box) { return Math.max(320, Math.floor(box.clientWidth || 560)); }

  function empty(box, text) {
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = text || "No figures for these days yet.";
    box.replaceChildren(p);
  }

  function niceMax(n) {
    if (n <= 5) return 5;
    var p = Math.pow(10, Math.floor(Math.log10(n)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= n) return steps[i] * p;
    return 10 * p;
  }

  function shortDay(iso) { var p = iso.split("-"); return p[2] + "/" + p[1]; }

  // Columns, one per day, with a light grid and a few date labels.
  function columns(box, days) {
    if (!days.length) return empty(box);
    var W = widthOf(box), H = 260, left = 44, bottom = 34, top = 12, right = 8;
    var max = niceMax(Math.max.apply(null, days.map(function (d) { return d.count; })));
    var chart = svg(W, H, "Conversations per day");
    var plotW = W - left - right, plotH = H - top - bottom, step = plotW / days.length;
    for (var g = 0; g <= 4; g++) {
      var y = top + plotH - (plotH * g) / 4;
      chart.appendChild(el("line", { x1: left, x2: W - right, y1: y, y2: y, "class": "axis" }));
      chart.appendChild(el("text", { x: left - 6, y: y + 4, "text-anchor": "end", "class": "small" }, String(Math.round((max * g) / 4))));
    }
    var every = Math.max(1, Math.ceil(days.length / 12));
    days.forEach(function (d, i) {
      var h = (plotH * d.count) / max, x = left + i * step;
      var bar = el("rect", { x: x + step * 0.15, y: top + plotH - h, width: Math.max(1, step * 0.7), height: h, "class": "bar" });
      bar.appendChild(el("title", {}, d.day + ": " + d.count));
      chart.appendChild(bar);
      if (i % every === 0 || i === days.length - 1)
        chart.appendChild(el("text", { x: x + step / 2, y: H - 12, "text-anchor": "middle", "class": "small" }, shortDay(d.day)));
    });
    box.replaceChildren(chart);
  }

  // Horizontal bars: a label, a bar against a track, and the number.
  function bars(box, items, opts) {
    opts = opts || {};
    if (!items.length) return empty(box, opts.emptyText);
    var W = widthOf(box), row = 30, labelW = opts.labelWidth || 190, numW = opts.numberWidth || 90;
    var chart = svg(W, items.length * row + 6, opts.label || "Bar chart");
    var max = Math.max.apply(null, items.map(function (i) { return i.count; })) || 1;
    var barW = W - labelW - numW - 8;
    items.forEach(function (item, i) {
      var y = 4 + i * row, w = Math.max(2, (barW * item.count) / max);
      var name = opts.name ? opts.name(item) : item.value;
      chart.appendChild(el("text", { x: labelW - 8, y: y + 17, "text-anchor": "end" }, name.length > 28 ? name.slice(0, 27) + "…" : name));
      chart.appendChild(el("rect", { x: labelW, y: y + 3, width: barW, height: 20, "class": "track" }));
      var bar = el("rect", { x: labelW, y: y + 3, width: w, height: 20, "class": opts.warm ? "bar-warm" : "bar" });
      bar.appendChild(el("title", {}, name + ": " + item.count));
      chart.appendChild(bar);
      chart.appendChild(el("text", { x: labelW + w + 6, y: y + 17, "class": "value" }, opts.number ? opts.number(item) : String(item.count)));
    });
    box.replaceChildren(chart);
  }

  function words(step) { return step.replace(/[-_]/g, " "); }
  // Topics as the dialogs name them ("record", "course_cost"), in words an adviser reads at a glance.
  var TOPICS = {
    age: "age", asylum: "asylum seekers", refugee: "refugees", benefits: "benefits", benefits_work: "benefits when in work",
    person: "talking to a person", privacy: "their data", complaint: "complaints about the bot", record: "criminal record", registered: "UK registration",
    right_to_work: "right to work", course_cost: "cost of a course", course_length: "length of a course",
    cv: "help with a CV", dbs: "DBS check", from_home: "working from home", other_language: "another language",
    pay_day: "pay day", sick_pay: "sick pay", pregnant: "pregnancy", homeless: "homelessness",
    details: "what a job is", needs: "what a job needs", courses: "courses for a job", apply: "how to apply",
    where: "where the job or course is", study: "how a course is taught", leadsto: "where a course leads",
    near: "jobs nearer home", contract: "contract or bank work"
  };
  function topicName(v) { return TOPICS[v] || words(v); }
  function levelName(v) { return /^\d+$/.test(v) ? (v === "0" ? "Entry level or none" : "Level " + v) : v; }

  function render(f) {
    $("range").textContent = "(" + f.from + " to " + f.to + ")";
    $("total").textContent = String(f.totalConversations);
    var results = f.dropOff.filter(function (s) { return s.step === "results"; })[0];
    $("finished").textContent = results ? String(results.reached) : "0";
    $("gaps").textContent = String(f.unmatchedWords.length);
    $("urgent").textContent = String(f.urgentHelp.reduce(function (n, v) { return n + v.count; }, 0));
    $("gaps-note").textContent = "Typed in " + f.minimumWordCount + " or more conversations. These may be gaps in the catalogue.";
    columns($("chart-days"), f.conversationsPerDay);
    bars($("chart-dropoff"), f.dropOff.map(function (s) { return { value: words(s.step), count: s.reached, step: s }; }), {
      label: "How far people get", labelWidth: 220, numberWidth: 170,
      number: function (i) {
        return i.count + " (" + i.step.percentOfFirst + "%)" + (i.step.leftHere === null ? "" : ", " + i.step.leftHere + " stopped");
      }
    });
    bars($("chart-interests"), f.topInterests, { label: "Top interests" });
    bars($("chart-levels"), f.qualificationLevels, { label: "Qualification levels", name: function (i) { return levelName(i.value); } });
    bars($("chart-shown"), f.suggestionsShown, { label: "Suggestions shown most" });
    bars($("chart-asked"), f.questionsAsked, { label: "What people asked about", labelWidth: 230, name: function (i) { return topicName(i.value); }, emptyText: "No questions asked in these days." });
    bars($("chart-unmatched"), f.unmatchedWords, { label: "Words that matched nothing", warm: true, emptyText: "No word reached the minimum count." });
  }

  // The first load uses the server's default range; keep the menu in step with it.
  function pickDays(f) {
    var n = Math.round((Date.parse(f.to) - Date.parse(f.from)) / 86400000) + 1, select = $("days");
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === String(n); })) {
      var option = document.createElement("option");
      option.value = String(n);
      option.textContent = n + " days";
      select.appendChild(option);
    }
    select.value = String(n);
  }

  function show(signedIn) {
    $("sign-in").hidden = signedIn;
    $("figures").hidden = !signedIn;
  }

  function load() {
    var key = sessionStorage.getItem(KEY);
    if (!key) { show(false); $("key").focus(); return; }
    $("status").textContent = "Loading…";
    var days = $("days").dataset.chosen ? "?days=" + encodeURIComponent($("days").value) : "";
    fetch("insights/data" + days, {
      headers: { "Authorization": "Bearer " + key, "Accept": "application/json" }, cache: "no-store"
    }).then(function (r) {
      if (r.status === 401) {
        sessionStorage.removeItem(KEY);
        show(false);
        $("key-error").hidden = false;
        $("status").textContent = "";
        return null;
      }
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (f) {
      if (!f) return;
      show(true);
      pickDays(f);
      render(f);
      $("status").textContent = "Updated " + new Date().toLocaleTimeString("en-GB") + ".";
    }).catch(function () {
      $("status").textContent = "The figures could not be loaded. Please try again in a minute.";
    });
  }

  $("key-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var key = $("key").value.trim();
    if (!key) return;
    sessionStorage.setItem(KEY, key);
    $("key").value = "";
    $("key-error").hidden = true;
    load();
  });
  $("days").addEventListener("change", function () { $("days").dataset.chosen = "1"; load(); });
  $("sign-out").addEventListener("click", function () { sessionStorage.removeItem(KEY); show(false); });
  load();
})();
