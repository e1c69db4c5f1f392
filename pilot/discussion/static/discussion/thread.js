/* Live discussion thread: vanilla JS, no build step. Protocol: docs/live-threads.md.
 * Without this script the thread still works through plain forms.
 * Everything a person typed is put in the page with textContent: never as HTML. */
(function () {
  "use strict";
  var root = document.querySelector("[data-thread]");
  if (!root || !root.dataset.wsPath || !("WebSocket" in window)) return;

  var stringsEl = document.getElementById("discussion-strings");
  var T = stringsEl ? JSON.parse(stringsEl.textContent) : {};
  function t(text, arg) { // gettext-like: Dutch source text -> the page's language
    var out = T[text] || text;
    return arg === undefined ? out : out.replace("%s", String(arg));
  }
  var pageId = Number(root.dataset.pageId);
  var me = Number(root.dataset.userId);
  var canPost = root.dataset.canPost === "1";
  var moderator = root.dataset.moderator === "1";
  var list = root.querySelector("[data-messages]");
  var form = root.querySelector("[data-post-form]");
  var body = form && form.querySelector("[data-body]");
  var statusEl = root.querySelector("[data-status]");
  var presenceEl = root.querySelector("[data-presence]");
  var typingEl = root.querySelector("[data-typing]");
  var findingsEl = root.querySelector("[data-findings]");

  var lastSeq = Number(root.dataset.lastSeq) || 0; // contiguous watermark: all events <= lastSeq seen
  var above = {}; // event numbers seen beyond a gap
  var known = {}; // message id -> updated_seq shown
  var ws = null, live = false, backoff = 500, refCounter = 0, pending = {};
  var gapTimer = null, ackTimer = null, typingTimer = null, lastTyping = 0, backfill = [];

  Array.prototype.forEach.call(list.querySelectorAll("li[data-id]"), function (li) {
    known[li.dataset.id] = Number(li.dataset.updatedSeq);
  });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function setStatus(text) { if (statusEl) statusEl.textContent = text || ""; }

  // --- formatting subset (**vet**, _cursief_, `code`, links), built as nodes ---
  var INLINE = /\*\*([^*\n]+)\*\*|(^|[^\w])_([^_\n]+)_(?!\w)|`([^`\n]+)`|(https?:\/\/[^\s<>"']+)/g;
  function appendText(parent, text) {
    text.split("\n").forEach(function (line, i) {
      if (i) parent.appendChild(el("br"));
      if (line) parent.appendChild(document.createTextNode(line));
    });
  }
  function appendFormatted(parent, text) {
    var pos = 0, m;
    INLINE.lastIndex = 0;
    while ((m = INLINE.exec(text)) !== null) {
      var start = m.index + (m[2] ? m[2].length : 0);
      appendText(parent, text.slice(pos, start));
      if (m[1]) parent.appendChild(el("strong", {}, m[1]));
      else if (m[3]) parent.appendChild(el("em", {}, m[3]));
      else if (m[4]) parent.appendChild(el("code", {}, m[4]));
      else parent.appendChild(el("a", { href: m[5], rel: "nofollow noopener" }, m[5]));
      pos = m.index + m[0].length;
    }
    appendText(parent, text.slice(pos));
  }
  function appendWithFindings(parent, text, findings) {
    var pos = 0;
    findings.slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (f) {
      if (f.start < pos) return;
      appendText(parent, text.slice(pos, f.start));
      parent.appendChild(el("mark", { title: f.label }, text.slice(f.start, f.end)));
      pos = f.end;
    });
    appendText(parent, text.slice(pos));
  }

  // --- rendering ---
  var BADGES = { held: [t("tegengehouden"), "badge badge-warn"], pending_review: [t("wacht op moderator"), "badge badge-warn"],
    rejected: [t("afgewezen"), "badge badge-danger"], hidden: [t("verborgen"), "badge badge-danger"] };

  function button(label, action, id) {
    var b = el("button", { type: "button", className: "link-button", "data-action": action, "data-id": id }, label);
    return b;
  }

  function render(m) {
    var li = el("li", { id: "bericht-" + m.id, className: "discussion-message state-" + m.state });
    li.dataset.id = m.id; li.dataset.seq = m.seq; li.dataset.updatedSeq = m.updated_seq;
    if (m.parent_id) li.dataset.parentId = m.parent_id;
    var meta = el("p", { className: "meta" });
    meta.appendChild(el("strong", {}, m.author.name));
    meta.appendChild(document.createTextNode(" · "));
    var created = new Date(m.created);
    meta.appendChild(el("time", { datetime: m.created }, created.toLocaleString("nl-NL", { dateStyle: "short", timeStyle: "short" })));
    if (m.edited) { meta.appendChild(document.createTextNode(" ")); meta.appendChild(el("span", { className: "badge" }, t("bewerkt"))); }
    if (BADGES[m.state]) { meta.appendChild(document.createTextNode(" ")); meta.appendChild(el("span", { className: BADGES[m.state][1] }, BADGES[m.state][0])); }
    li.appendChild(meta);
    var bodyEl;
    if (m.state === "deleted") bodyEl = el("p", { className: "meta discussion-body" }, t("Dit bericht is verwijderd."));
    else if (m.state === "hidden" && !m.body) bodyEl = el("p", { className: "meta discussion-body" }, t("Dit bericht is verborgen door de redactie."));
    else {
      bodyEl = el("div", { className: "discussion-body", "data-body-text": "" });
      if (m.findings && m.findings.length && m.state === "held") appendWithFindings(bodyEl, m.body, m.findings);
      else appendFormatted(bodyEl, m.body);
    }
    li.appendChild(bodyEl);
    if (m.state === "held" && m.findings && m.findings.length) li.appendChild(findingsBox(m));
    if (m.state !== "deleted") {
      var actions = el("div", { className: "discussion-actions" });
      if (canPost && !m.parent_id && m.state === "visible") actions.appendChild(button(t("Reageren"), "reply", m.id));
      if (m.mine && m.state !== "rejected") actions.appendChild(button(t("Bewerken"), "edit", m.id));
      if (m.mine || moderator) actions.appendChild(button(t("Verwijderen"), "delete", m.id));
      if (!m.mine && m.state === "visible") actions.appendChild(button(t("Melden"), "report", m.id));
      if (canPost && m.state === "visible") {
        var r = m.reactions || {};
        actions.appendChild(button(t("Bedankt (%s)", r.thanks || 0), "react-thanks", m.id));
      }
      if (moderator) {
        if (m.state === "hidden") actions.appendChild(button(t("Herstellen"), "restore", m.id));
        else if (m.state === "pending_review" || m.state === "held") {
          actions.appendChild(button(t("Goedkeuren"), "approve", m.id));
          actions.appendChild(button(t("Afwijzen"), "reject", m.id));
        } else actions.appendChild(button(t("Verbergen"), "hide", m.id));
      }
      li.appendChild(actions);
    }
    li._message = m;
    return li;
  }

  function findingsBox(m) {
    var box = el("div", { className: "notice", role: "alert" });
    box.appendChild(el("p", {}, t("Mogelijk persoonsgegevens gevonden. Pas uw bericht aan, of leg het voor aan de redactie als het geen persoonsgegevens zijn:")));
    var ul = el("ul");
    m.findings.forEach(function (f) {
      ul.appendChild(el("li", {}, "“" + f.text + "” (" + f.label + ", " + t("teken") + " " + f.start + "–" + f.end + ")"));
    });
    box.appendChild(ul);
    if (m.mine) box.appendChild(el("button", { type: "button", className: "button-secondary", "data-action": "insist", "data-id": m.id },
      t("Dit zijn geen persoonsgegevens: voorleggen aan de redactie")));
    return box;
  }

  function insertSorted(container, li) {
    var seq = Number(li.dataset.seq);
    var items = Array.prototype.filter.call(container.children, function (c) { return c.dataset && c.dataset.id; });
    for (var i = 0; i < items.length; i++) {
      if (Number(items[i].dataset.seq) > seq) { container.insertBefore(li, items[i]); return; }
    }
    container.appendChild(li);
  }

  function upsert(m) {
    var existing = document.getElementById("bericht-" + m.id);
    if (m.state === "unavailable") {
      if (existing) existing.remove();
      delete known[m.id];
      return;
    }
    if (known[m.id] !== undefined && known[m.id] >= m.updated_seq) return; // already shown
    known[m.id] = m.updated_seq;
    var li = render(m);
    if (existing) {
      var replies = existing.querySelector(":scope > .discussion-replies");
      if (replies) li.appendChild(replies);
      existing.replaceWith(li);
      return;
    }
    var empty = list.querySelector("[data-empty]");
    if (empty) empty.remove();
    if (m.parent_id) {
      var parent = document.getElementById("bericht-" + m.parent_id);
      if (parent) {
        var ol = parent.querySelector(":scope > .discussion-replies");
        if (!ol) { ol = el("ol", { className: "discussion-replies" }); parent.appendChild(ol); }
        insertSorted(ol, li);
        return;
      }
    }
    insertSorted(list, li);
  }

  // --- sequence bookkeeping: exactly once, nothing missed ---
  function advance(n) {
    if (n <= lastSeq) return;
    if (n === lastSeq + 1) {
      lastSeq = n;
      while (above[lastSeq + 1]) { delete above[lastSeq + 1]; lastSeq += 1; }
    } else {
      above[n] = true;
      if (!gapTimer) gapTimer = setTimeout(checkGap, 1500);
    }
    scheduleAck();
  }
  function checkGap() {
    gapTimer = null;
    if (Object.keys(above).length) { above = {}; subscribe(); } // ask for everything after the watermark
  }
  function scheduleAck() {
    if (ackTimer) return;
    ackTimer = setTimeout(function () { ackTimer = null; send({ type: "ack", last_seq: lastSeq }); }, 300);
  }

  // --- socket ---
  function send(frame) {
    if (ws && ws.readyState === 1) { ws.send(JSON.stringify(frame)); return true; }
    return false;
  }
  function request(frame, onOk) {
    refCounter += 1;
    frame.ref = "c" + refCounter;
    pending[frame.ref] = onOk || function () {};
    if (!send(frame)) { delete pending[frame.ref]; setStatus(t("Geen verbinding; probeer het zo opnieuw.")); return false; }
    return true;
  }
  function subscribe() { send({ type: "subscribe", page_id: pageId, last_seq: lastSeq }); }

  function connect() {
    if (ws && (ws.readyState === 0 || ws.readyState === 1)) return;
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    ws = new WebSocket(proto + "//" + location.host + root.dataset.wsPath);
    ws.onmessage = function (ev) {
      var f;
      try { f = JSON.parse(ev.data); } catch (e) { return; }
      handle(f);
    };
    ws.onclose = function (ev) {
      live = false;
      root.dataset.live = "0";
      if (ev.code === 4401) { setStatus(t("Log opnieuw in om mee te praten.")); return; }
      setStatus(t("Verbinding verbroken; opnieuw verbinden…"));
      setTimeout(connect, backoff);
      backoff = Math.min(backoff * 2, 5000);
    };
  }
  window.addEventListener("online", function () { backoff = 500; connect(); });
  setInterval(function () { send({ type: "ping" }); }, 25000);

  function handle(f) {
    switch (f.type) {
      case "welcome": backfill = []; subscribe(); break;
      case "subscribed":
        live = true; backoff = 500; root.dataset.live = "1"; setStatus("");
        showPresence(f.presence); break;
      case "backfill":
        // collect every chunk, then show in thread order: a reply's parent comes first
        backfill = backfill.concat(f.messages);
        if (!f.complete) break;
        backfill.sort(function (x, y) { return x.seq - y.seq; }).forEach(upsert);
        backfill = [];
        if (f.last_seq > lastSeq) lastSeq = f.last_seq;
        Object.keys(above).forEach(function (k) { if (Number(k) <= lastSeq) delete above[k]; });
        scheduleAck();
        break;
      case "message": upsert(f.message); advance(f.message.updated_seq); break;
      case "held":
        upsert(f.message); advance(f.message.updated_seq); done(f.ref, f);
        if (findingsEl) {
          findingsEl.hidden = false; findingsEl.textContent = "";
          findingsEl.appendChild(el("p", {}, t("Uw bericht is tegengehouden: het lijkt persoonsgegevens te bevatten. Bewerk het bericht hieronder, of leg het voor aan de redactie.")));
        }
        break;
      case "ok": done(f.ref, f); break;
      case "error":
        setStatus(f.message);
        if (f.ref) delete pending[f.ref];
        if (f.code === "access_revoked") { live = false; root.dataset.live = "0"; }
        break;
      case "presence": showPresence(f.count); break;
      case "typing": showTyping(f.user.name); break;
      case "pong": if (f.last_seq !== undefined && f.last_seq > lastSeq) subscribe(); break;
    }
  }
  function done(ref, frame) {
    var cb = ref && pending[ref];
    if (cb) { delete pending[ref]; cb(frame); }
  }
  function showPresence(n) {
    if (!presenceEl || n === undefined) return;
    presenceEl.textContent = n === 1 ? t("1 persoon leest mee") : t("%s mensen lezen mee", n);
  }
  function showTyping(name) {
    if (!typingEl) return;
    typingEl.textContent = t("%s typt…", name);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typingEl.textContent = ""; }, 3000);
  }

  // --- posting ---
  var parentInput = form && form.querySelector("[data-parent-id]");
  var replying = form && form.querySelector("[data-replying]");
  function resetReply() {
    if (!parentInput) return;
    parentInput.value = "";
    replying.hidden = true; replying.textContent = "";
  }
  if (form) {
    form.addEventListener("submit", function (ev) {
      if (!live) return; // the plain form posts instead
      ev.preventDefault();
      var text = body.value;
      if (!text.trim()) { setStatus(t("Schrijf eerst een bericht.")); return; }
      if (findingsEl) findingsEl.hidden = true;
      request({ type: "post", body: text, parent_id: parentInput.value ? Number(parentInput.value) : null }, function (frame) {
        body.value = ""; resetReply();
        setStatus(frame.type === "held" ? "" : t("Uw bericht is geplaatst."));
      });
    });
    body.addEventListener("input", function () {
      var now = Date.now();
      if (now - lastTyping > 2000) { lastTyping = now; send({ type: "typing" }); }
      mentionLookup();
    });
  }

  // --- message actions ---
  root.addEventListener("click", function (ev) {
    var target = ev.target.closest("[data-action]");
    if (!target || !root.contains(target)) return;
    var action = target.dataset.action, id = Number(target.dataset.id);
    var li = document.getElementById("bericht-" + id);
    if (action === "reply") {
      parentInput.value = id; replying.hidden = false; replying.textContent = "";
      replying.appendChild(document.createTextNode(t("U reageert op %s. ", li._message.author.name)));
      var cancel = el("button", { type: "button", className: "link-button" }, t("Annuleren"));
      cancel.addEventListener("click", resetReply);
      replying.appendChild(cancel);
      body.focus();
    } else if (action === "edit") {
      editInline(li, id);
    } else if (action === "delete") {
      if (window.confirm(t("Dit bericht verwijderen?"))) request({ type: "delete", id: id });
    } else if (action === "report") {
      reportInline(li, id);
    } else if (action === "insist") {
      request({ type: "insist", id: id }, function () { setStatus(t("Uw bericht is voorgelegd aan de redactie.")); });
    } else if (action === "react-thanks") {
      request({ type: "react", id: id, kind: "thanks" });
    } else if (["approve", "reject", "hide", "restore"].indexOf(action) >= 0) {
      request({ type: "moderate", id: id, action: action });
    }
  });

  function editInline(li, id) {
    if (li.querySelector("[data-edit-form]")) return;
    var f = el("form", { "data-edit-form": "" });
    var areaId = "bewerk-" + id;
    f.appendChild(el("label", { for: areaId }, t("Nieuwe tekst")));
    var area = el("textarea", { id: areaId, rows: "3" });
    area.value = li._message.body;
    f.appendChild(area);
    f.appendChild(el("button", { type: "submit", className: "button" }, t("Opslaan")));
    var cancel = el("button", { type: "button", className: "button-secondary" }, t("Annuleren"));
    cancel.addEventListener("click", function () { f.remove(); });
    f.appendChild(cancel);
    f.addEventListener("submit", function (ev) {
      ev.preventDefault();
      request({ type: "edit", id: id, body: area.value }, function () { f.remove(); });
    });
    li.insertBefore(f, li.querySelector(".discussion-actions"));
    area.focus();
  }
  function reportInline(li, id) {
    if (li.querySelector("[data-report-form]")) return;
    var f = el("form", { "data-report-form": "" });
    var inputId = "meld-" + id;
    f.appendChild(el("label", { for: inputId }, t("Reden van uw melding")));
    var input = el("input", { id: inputId, maxlength: "500", required: "" });
    f.appendChild(input);
    f.appendChild(el("button", { type: "submit", className: "button-secondary" }, t("Melden")));
    f.addEventListener("submit", function (ev) {
      ev.preventDefault();
      request({ type: "report", id: id, reason: input.value }, function () { f.remove(); setStatus(t("Bedankt, uw melding is ontvangen.")); });
    });
    li.insertBefore(f, li.querySelector(".discussion-actions"));
    input.focus();
  }

  // --- @mention autocomplete ---
  var mentionList = root.querySelector("[data-mention-list]");
  var mentionTimer = null;
  function mentionLookup() {
    if (!mentionList || !root.dataset.mentionsUrl) return;
    var before = body.value.slice(0, body.selectionStart);
    var m = /(^|\s)@([\w.+-]{1,30})$/.exec(before);
    clearTimeout(mentionTimer);
    if (!m) { mentionList.hidden = true; return; }
    mentionTimer = setTimeout(function () {
      fetch(root.dataset.mentionsUrl + "?q=" + encodeURIComponent(m[2]), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          mentionList.textContent = "";
          (data.results || []).forEach(function (u) {
            var li = el("li", { role: "option" });
            var b = el("button", { type: "button" }, u.name + " (@" + u.username + ")");
            b.addEventListener("click", function () {
              var pos = body.selectionStart;
              var start = before.length - m[2].length;
              body.value = body.value.slice(0, start) + u.username + " " + body.value.slice(pos);
              mentionList.hidden = true;
              body.focus();
            });
            li.appendChild(b);
            mentionList.appendChild(li);
          });
          mentionList.hidden = !(data.results || []).length;
        })
        .catch(function () { mentionList.hidden = true; });
    }, 200);
  }

  window.samenwerkenThread = { socket: function () { return ws; }, lastSeq: function () { return lastSeq; } };
  connect();
})();
