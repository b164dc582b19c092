/*
 * The reference's interactive parts, on top of the generated pages:
 *  - the console bar: a server switch (the spec's servers) and an API-key field that fill in
 *    every sample on every page; both are kept in this browser only (localStorage for the
 *    server, sessionStorage for the key), and the key is sent nowhere but the local sandbox;
 *  - "Try it": each operation's form, sent to the local sandbox with fetch;
 *  - response samples that are height-limited, with a button to expand them;
 *  - search over search.json, fetched the first time search is opened;
 *  - after following a permalink, the target row is opened and the navigation marks it.
 */
(() => {
  "use strict";

  const KEY_PLACEHOLDER = "{API_KEY}";
  const store = {
    get: (area, name) => {
      try { return window[area].getItem(name); } catch (_) { return null; }
    },
    set: (area, name, value) => {
      try { window[area].setItem(name, value); } catch (_) { /* private mode: keep it for this page */ }
    },
  };

  const config = document.getElementById("api-console-config");
  const servers = config ? JSON.parse(config.dataset.servers || "[]") : [];
  // Client constructions that take the server as an argument (the Python client's base_url).
  const rewrites = config ? JSON.parse(config.dataset.rewrites || "[]") : [];
  const production = servers.length ? servers[0].url : "";
  const isLoopback = (url) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(url);

  // The local sandbox may listen on another port than the spec says (`make serve` uses the
  // spec's; a test picks a free one), so its URL can be edited; production's cannot.
  const localDefault = (servers.find((s) => isLoopback(s.url)) || { url: "" }).url;
  const state = {
    server: store.get("localStorage", "api.server") || production,
    key: store.get("sessionStorage", "api.key") || "",
  };
  if (state.server !== production && !isLoopback(state.server)) state.server = production;

  /* ------------------------------------------------------------ samples */

  // Each text node of a sample keeps its original text, so switching back restores it.
  const originals = new Map();
  const textNodes = (root) => {
    const found = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node);
    return found;
  };
  // The highlighter may split a placeholder over several tokens (`{`, `API_KEY`, `}`); gather
  // each one into the text node where it starts, so it can be replaced in one place.
  const gather = (code, text) => {
    for (let guard = 0; guard < 50; guard++) {
      const nodes = textNodes(code);
      const starts = [];
      let offset = 0;
      for (const n of nodes) { starts.push(offset); offset += n.data.length; }
      const full = nodes.map((n) => n.data).join("");
      const nodeAt = (position) => starts.findIndex((s, i) => s <= position && position < s + nodes[i].data.length);
      let split = -1;
      for (let at = full.indexOf(text); at !== -1; at = full.indexOf(text, at + 1)) {
        if (nodeAt(at) !== nodeAt(at + text.length - 1)) { split = at; break; }
      }
      if (split === -1) return;
      const first = nodeAt(split);
      const last = nodeAt(split + text.length - 1);
      const end = split + text.length;
      nodes[first].data = nodes[first].data.slice(0, split - starts[first]) + text;
      for (let i = first + 1; i < last; i++) nodes[i].data = "";
      nodes[last].data = nodes[last].data.slice(end - starts[last]);
    }
  };
  const sampleNodes = () => {
    if (originals.size) return originals;
    for (const code of document.querySelectorAll(".api-code pre code")) {
      for (const { from } of rewrites) if (code.textContent.includes(from)) gather(code, from);
      if (code.textContent.includes(KEY_PLACEHOLDER)) gather(code, KEY_PLACEHOLDER);
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const rewritten = rewrites.some(({ from }) => node.data.includes(from));
        if (rewritten || node.data.includes(KEY_PLACEHOLDER) || (production && node.data.includes(production))) {
          originals.set(node, node.data);
        }
      }
    }
    return originals;
  };

  const fillSamples = () => {
    for (const [node, text] of sampleNodes()) {
      let filled = text;
      if (production && state.server !== production) {
        for (const { from, to } of rewrites) filled = filled.split(from).join(to.split("{SERVER}").join(state.server));
      }
      if (state.key) filled = filled.split(KEY_PLACEHOLDER).join(state.key);
      if (production && state.server !== production) filled = filled.split(production).join(state.server);
      node.data = filled;
    }
    const local = isLoopback(state.server);
    for (const where of document.querySelectorAll(".api-try__where")) {
      where.textContent = local
        ? `Sends to ${state.server} with your key.`
        : "Send talks only to the local sandbox: choose it above.";
    }
    for (const button of document.querySelectorAll(".api-try__send")) button.disabled = !local;
    document.documentElement.classList.toggle("api-server-local", local);
  };

  const buildConsole = () => {
    const first = document.querySelector(".md-content__inner");
    if (!first || !servers.length) return;
    const bar = document.createElement("form");
    bar.className = "api-console";
    bar.setAttribute("aria-label", "Server and API key for the samples");
    const options = servers
      .map((s) => `<option value="${s.url}">${s.description.replace(/`/g, "")}</option>`)
      .join("");
    bar.innerHTML =
      `<label><span>Server</span><select name="server">${options}</select></label>` +
      `<label class="api-console__sandbox"><span>Sandbox URL</span><input name="sandbox" type="url" ` +
      `spellcheck="false" autocomplete="off"></label>` +
      `<label><span>API key</span><input name="key" type="password" autocomplete="off" spellcheck="false" ` +
      `placeholder="your API key"></label>` +
      `<span class="api-console__note">Kept in this browser; fills in every sample.</span>`;
    const local = isLoopback(state.server);
    bar.server.value = local ? localDefault : production;
    bar.sandbox.value = local ? state.server : localDefault;
    bar.key.value = state.key;
    const sync = () => {
      const wantsLocal = isLoopback(bar.server.value);
      bar.querySelector(".api-console__sandbox").hidden = !wantsLocal;
      const url = bar.sandbox.value.trim().replace(/\/+$/, "");
      state.server = wantsLocal && isLoopback(url) ? url : wantsLocal ? localDefault : production;
      store.set("localStorage", "api.server", state.server);
      fillSamples();
    };
    bar.addEventListener("submit", (event) => event.preventDefault());
    bar.server.addEventListener("change", sync);
    bar.sandbox.addEventListener("input", sync);
    bar.key.addEventListener("input", () => {
      state.key = bar.key.value.trim();
      store.set("sessionStorage", "api.key", state.key);
      fillSamples();
    });
    bar.querySelector(".api-console__sandbox").hidden = !local;
    first.prepend(bar);
  };

  /* ------------------------------------------------------------ responses */

  const limitResponses = () => {
    for (const box of document.querySelectorAll(".api-response")) {
      const code = box.querySelector("pre > code");
      if (!code || code.scrollHeight <= code.clientHeight + 4) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "api-response__toggle";
      button.textContent = "Show the whole response";
      button.setAttribute("aria-expanded", "false");
      button.addEventListener("click", () => {
        const open = box.classList.toggle("api-response--open");
        button.setAttribute("aria-expanded", String(open));
        button.textContent = open ? "Show less" : "Show the whole response";
      });
      box.append(button);
    }
  };

  /* ------------------------------------------------------------ try it */

  const escapeHtml = (text) =>
    text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

  const field = (kind, name, value, label) => {
    const shown = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
    return (
      `<label class="api-try__field"><span><code>${escapeHtml(name)}</code> ${label}</span>` +
      `<input name="${kind}:${escapeHtml(name)}" value="${escapeHtml(shown)}" spellcheck="false" autocomplete="off"></label>`
    );
  };

  // The form of one operation, from the request the page carries (the spec's examples).
  const buildTryIt = (slot) => {
    const request = JSON.parse(slot.dataset.request);
    const details = document.createElement("details");
    details.className = "api-try";
    const fields = [
      ...Object.entries(request.pathValues).map(([name, value]) => field("path", name, value, "path")),
      ...Object.entries(request.query).map(([name, value]) => field("query", name, value, "query")),
      ...request.headers.map((name) => field("header", name, "", "header")),
    ];
    if (request.body !== null) {
      const body = JSON.stringify(request.body, null, 2);
      fields.push(
        '<label class="api-try__field api-try__field--body"><span>Body, as <code>application/json</code></span>' +
        `<textarea name="body:" rows="${Math.min(14, body.split("\n").length)}" spellcheck="false">` +
        `${escapeHtml(body)}</textarea></label>`);
    }
    details.innerHTML =
      "<summary>Try it</summary>" +
      `<form class="api-try__form">${fields.join("")}` +
      '<div class="api-try__actions"><button type="submit" class="md-button md-button--primary api-try__send">' +
      `Send ${request.method}</button><span class="api-try__where"></span></div></form>` +
      '<div class="api-try__result" aria-live="polite" hidden></div>';
    slot.replaceWith(details);
    const form = details.querySelector("form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (isLoopback(state.server)) send(request, form, details.querySelector(".api-try__result"));
    });
  };

  const send = async (request, form, result) => {
    let path = request.path;
    const query = new URLSearchParams();
    const headers = { Accept: "application/json" };
    let body;
    for (const input of form.querySelectorAll("input, textarea")) {
      const [kind, name] = input.name.split(":");
      const value = input.value.trim();
      if (kind === "path") path = path.replace(`{${name}}`, encodeURIComponent(value));
      else if (kind === "query" && value) query.set(name, value);
      else if (kind === "header" && value) headers[name] = value;
      else if (kind === "body" && value) {
        body = value;
        headers["Content-Type"] = "application/json";
      }
    }
    if (state.key) headers.Authorization = "Basic " + btoa(`${state.key}:`);
    const url = state.server + path + (query.toString() ? `?${query}` : "");
    result.hidden = false;
    result.innerHTML = `<p class="api-try__status">Sending ${request.method} ${escapeHtml(url)}…</p>`;
    try {
      const response = await fetch(url, { method: request.method, headers, body, mode: "cors" });
      const text = await response.text();
      let shown = text;
      try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON: show as sent */ }
      const lines = [...response.headers].map(([k, v]) => `${k}: ${v}`).join("\n");
      result.innerHTML =
        `<p class="api-try__status api-try__status--${response.ok ? "ok" : "error"}">` +
        `${response.status} ${escapeHtml(response.statusText)}</p>` +
        `<pre class="api-try__headers"><code>${escapeHtml(lines)}</code></pre>` +
        (shown ? `<pre class="api-try__body"><code>${escapeHtml(shown)}</code></pre>` : "");
    } catch (error) {
      result.innerHTML =
        `<p class="api-try__status api-try__status--error">No answer from ${escapeHtml(state.server)}: ` +
        `${escapeHtml(String(error))}. Is the sandbox running (<code>make sandbox</code>), and does it allow ` +
        "this page's origin?</p>";
    }
  };

  const wireTryIt = () => {
    for (const slot of document.querySelectorAll("div.api-try[data-request]")) buildTryIt(slot);
  };

  /* ------------------------------------------------------------ search */

  let index = null;
  const loadIndex = () => {
    if (!index) {
      const base = document.querySelector("script[src$='assets/javascripts/api.js']");
      const url = new URL("../../search.json", base ? base.src : location.href);
      index = fetch(url).then((r) => r.json()).then((data) => data.entries);
    }
    return index;
  };

  const words = (text) => text.toLowerCase().split(/[^a-z0-9_]+/).filter(Boolean);
  const stem = (word) => word.replace(/(ing|ed|es|s)$/, "");

  // Title hits outweigh text hits; an attribute or operation named exactly as typed comes first.
  const score = (entry, query, terms) => {
    const title = entry.t.toLowerCase();
    const titleWords = words(entry.t).map(stem);
    const text = `${entry.s} ${entry.x}`.toLowerCase();
    let total = 0;
    if (title === query) total += 100;
    for (const term of terms) {
      const root = stem(term);
      if (titleWords.includes(root)) total += 20;
      else if (title.includes(term)) total += 8;
      else if (text.includes(root)) total += 2;
      else return 0;
    }
    const weight = { section: 6, operation: 5, page: 4, object: 3, attribute: 0 }[entry.k] || 0;
    return total + weight;
  };

  const buildSearch = () => {
    const header = document.querySelector(".md-header__inner");
    if (!header) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "api-search-open md-header__button";
    button.setAttribute("aria-haspopup", "dialog");
    button.innerHTML = '<span class="api-search-open__label">Search</span><kbd>/</kbd>';
    const palette = header.querySelector("form[data-md-component='palette']");
    header.insertBefore(button, palette || null);

    const dialog = document.createElement("dialog");
    dialog.className = "api-search";
    dialog.setAttribute("aria-label", "Search the reference");
    dialog.innerHTML =
      '<form method="dialog" class="api-search__form" role="search">' +
      '<input type="search" class="api-search__input" placeholder="Search operations and attributes" ' +
      'aria-label="Search" autocomplete="off" spellcheck="false">' +
      '<button class="api-search__close" value="close" aria-label="Close search">Esc</button></form>' +
      '<ol class="api-search__results" aria-live="polite"></ol>';
    document.body.append(dialog);
    const input = dialog.querySelector("input");
    const list = dialog.querySelector("ol");

    const render = async () => {
      const query = input.value.trim().toLowerCase();
      const terms = words(query);
      if (!terms.length) { list.innerHTML = ""; return; }
      const entries = await loadIndex();
      const found = entries
        .map((entry, order) => ({ entry, order, value: score(entry, query, terms) }))
        .filter((hit) => hit.value > 0)
        .sort((a, b) => b.value - a.value || a.order - b.order)
        .slice(0, 20);
      list.innerHTML = found.length
        ? found
            .map(({ entry }) =>
              `<li class="api-search__item api-search__item--${entry.k}"><a href="${new URL(entry.u, document.baseURI)}">` +
              `<span class="api-search__title">${escapeHtml(entry.t)}</span>` +
              `<span class="api-search__where">${escapeHtml(entry.s)}</span>` +
              (entry.x ? `<span class="api-search__text">${escapeHtml(entry.x)}</span>` : "") +
              "</a></li>")
            .join("")
        : '<li class="api-search__none">Nothing matches.</li>';
    };

    const open = () => {
      if (!dialog.open) dialog.showModal();
      input.focus();
      loadIndex();
    };
    button.addEventListener("click", open);
    input.addEventListener("input", render);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        const first = list.querySelector("a");
        if (first) { event.preventDefault(); location.href = first.href; dialog.close(); }
      }
    });
    list.addEventListener("click", (event) => { if (event.target.closest("a")) dialog.close(); });
    dialog.addEventListener("click", (event) => { if (event.target === dialog) dialog.close(); });
    document.addEventListener("keydown", (event) => {
      const typing = /^(input|textarea|select)$/i.test(document.activeElement?.tagName || "");
      if (event.key === "/" && !typing && !dialog.open) { event.preventDefault(); open(); }
    });
  };

  /* ------------------------------------------------------------ permalinks */

  // A link to an attribute inside a closed "child attributes" row opens the rows that hold it.
  const revealTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (!target) return;
    for (let node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    target.classList.add("api-target");
    target.scrollIntoView({ block: "start" });
  };

  const init = () => {
    buildConsole();
    wireTryIt();
    fillSamples();
    limitResponses();
    buildSearch();
    revealTarget();
    window.addEventListener("hashchange", revealTarget);
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
