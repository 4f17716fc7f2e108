// The public live page: applies the server's Server-Sent Events to the record. Each event is HTML the server
// rendered from the same templates as the published minutes; this script only puts it in place. Without
// JavaScript (or EventSource) the page still reads correctly and updates on reload.
(function () {
  "use strict";
  var root = document.getElementById("live-record");
  if (!root || !window.EventSource) {
    return;
  }
  // With the stream running, "reload the page for the latest" no longer applies.
  Array.prototype.forEach.call(document.querySelectorAll(".js-hide"), function (el) { el.hidden = true; });
  var status = document.getElementById("live-status");
  var announcer = document.getElementById("live-announcer");
  var url = root.getAttribute("data-stream") + "?since=" + encodeURIComponent(root.getAttribute("data-seq") || "0");
  var source = new EventSource(url);

  function setStatus(text, state) {
    if (status) {
      status.textContent = text;
      status.setAttribute("data-state", state);
    }
  }

  function announce(text) {
    if (announcer) {
      announcer.textContent = text;
    }
  }

  function parse(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content;
  }

  source.addEventListener("open", function () {
    setStatus("Live: updates appear as they are recorded.", "live");
  });
  source.addEventListener("error", function () {
    setStatus("Connection lost: reconnecting…", "reconnecting");
  });

  // One item changed: replace its section (numbers included), or add it.
  source.addEventListener("item", function (e) {
    var fresh = parse(e.data).firstElementChild;
    if (!fresh) {
      return;
    }
    var old = document.getElementById(fresh.id);
    if (old) {
      old.replaceWith(fresh);
    } else {
      root.querySelector(".live-record-body").appendChild(fresh);
    }
    var heading = fresh.querySelector("h2");
    announce("Updated: " + (heading ? heading.textContent : "the record"));
  });

  // One item's paragraphs from the first that changed (usually just the one saved): keep the item's first
  // data-keep paragraphs, drop any after them, add these. If the page does not hold what the server assumes,
  // it reloads rather than show a wrong record.
  source.addEventListener("paragraphs", function (e) {
    var fresh = parse(e.data).firstElementChild;
    var section = fresh && document.getElementById(fresh.getAttribute("data-item"));
    var keep = fresh ? parseInt(fresh.getAttribute("data-keep"), 10) : NaN;
    var paras = section ? section.querySelectorAll(":scope > .para") : [];
    if (!section || isNaN(keep) || keep < 1 || paras.length < keep) {
      window.location.reload();
      return;
    }
    for (var i = paras.length - 1; i >= keep; i--) {
      paras[i].remove();
    }
    var after = paras[keep - 1];
    var added = Array.prototype.slice.call(fresh.children);
    added.forEach(function (p) {
      after.after(p);
      after = p;
    });
    var heading = section.querySelector("h2");
    announce((added.length ? "New in " : "Updated: ") + (heading ? heading.textContent : "the record"));
  });

  // The meeting moved on (an item opened, the agenda changed): the whole record, rendered by the server.
  source.addEventListener("record", function (e) {
    var body = root.querySelector(".live-record-body");
    var fresh = parse(e.data).firstElementChild;
    if (body && fresh) {
      body.replaceWith(fresh);
    }
    var current = root.querySelector(".current-item");
    announce(current ? current.textContent.replace(/\s+/g, " ").trim() : "The record was updated.");
  });
})();
