// Kiln size report: a treemap of the data in #kiln-data (see ReportData.java for its format) and, for the selected
// node, its chain of reasons from a root. Everything is drawn from that data; the page loads nothing.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('kiln-data').textContent);
  const nodes = data.nodes; // [name, kind, size (-1: inlined), from (-1: root), reason (-1: unreached)]
  const FROM = '\u0001'; // stands for the name of the node before, in data.reasons
  const MIN_AREA = 30; // px²: smaller boxes are drawn together as one "n smaller items" box
  const MAX_BOXES = 400; // per group, so that a group of thousands of items stays quick
  const HEADER = 18; // px: the label strip of a group drawn with its children inside
  const MAX_DRAWN = 3000; // boxes on the page at once
  const codeKinds = new Set(data.codeKinds);
  const PLURALS = { MethodBody: 'methods', ConstructedType: 'type descriptors', StaticBase: 'statics',
    StringLiteral: 'string literals', AsyncVariant: 'async variants', AsyncVersion: 'async versions',
    AsyncThunk: 'async thunks', TaskReturningThunk: 'task-returning thunks' };
  const byId = id => document.getElementById(id);

  const itemOf = new Map(); // node index -> its item in the tree
  function wrap(a, parent) {
    const t = { label: a[0], size: a[1], parent: parent, children: null, node: -1 };
    if (Array.isArray(a[2])) {
      t.children = a[2].map(c => wrap(c, t));
    } else {
      t.node = a[2];
      itemOf.set(t.node, t);
    }
    return t;
  }
  const root = wrap(data.tree, null);
  const indexByName = new Map(nodes.map((n, i) => [n[0], i]));
  let current = root;
  let selected = -1;

  function digits(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  function human(n) {
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
    return (n / 1048576).toFixed(2) + ' MB';
  }
  function bytes(n) {
    return n < 1024 ? human(n) : human(n) + ' (' + digits(n) + ' bytes)';
  }
  function pathOf(t) {
    const path = [];
    for (let x = t; x; x = x.parent) path.unshift(x);
    return path;
  }
  // The reason node i was needed; in a chain the node before is the line above, so it can stand in for its name.
  function reasonOf(i, previous) {
    const r = nodes[i][4];
    if (r < 0) return null;
    const from = nodes[i][3];
    return data.reasons[r].split(FROM).join(previous !== undefined ? previous : from >= 0 ? nodes[from][0] : '');
  }
  function chainOf(i) {
    const chain = [];
    for (let n = i; n >= 0 && chain.length <= nodes.length; n = nodes[n][3]) chain.unshift(n);
    return chain;
  }
  function kindOf(i) {
    return nodes[i][1] >= 0 ? data.kinds[nodes[i][1]] : 'graph node';
  }
  function hashOf(i) {
    return '#node=' + encodeURIComponent(nodes[i][0]);
  }
  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function nodeLink(i, reveal) {
    const a = element('a', '', nodes[i][0]);
    a.href = hashOf(i);
    a.addEventListener('click', ev => {
      ev.preventDefault();
      select(i, reveal);
    });
    return a;
  }

  // Squarified treemap layout (Bruls, Huizing, van Wijk): rows of boxes along the shorter side, each row grown while
  // that makes its worst aspect ratio better. items are biggest first; the rectangles come back in the same order.
  function layout(items, x, y, w, h) {
    const rects = [];
    const total = items.reduce((s, t) => s + t.size, 0);
    if (total <= 0 || w <= 0 || h <= 0) return rects;
    const scale = (w * h) / total;
    let i = 0;
    while (i < items.length) {
      const side = Math.min(w, h);
      let sum = 0, min = Infinity, max = 0, best = Infinity, end = i;
      while (end < items.length) {
        const a = items[end].size * scale;
        const s = sum + a, lo = Math.min(min, a), hi = Math.max(max, a);
        const worst = Math.max(side * side * hi / (s * s), (s * s) / (side * side * lo));
        if (end > i && worst > best) break;
        best = worst; sum = s; min = lo; max = hi; end++;
      }
      if (w >= h) {
        const width = sum / h;
        let top = y;
        for (let k = i; k < end; k++) {
          const height = items[k].size * scale / width;
          rects.push({ x: x, y: top, w: width, h: height });
          top += height;
        }
        x += width; w -= width;
      } else {
        const height = sum / w;
        let left = x;
        for (let k = i; k < end; k++) {
          const width = items[k].size * scale / height;
          rects.push({ x: left, y: y, w: width, h: height });
          left += width;
        }
        y += height; h -= height;
      }
      i = end;
    }
    return rects;
  }

  // The children of a group worth a box of their own in area px²; the rest become one box.
  function boxesOf(group, area) {
    const kids = group.children.filter(t => t.size > 0);
    let shown = 0;
    while (shown < kids.length && shown < MAX_BOXES && (shown === 0 || kids[shown].size / group.size * area >= MIN_AREA)) {
      shown++;
    }
    if (shown >= kids.length - 1) return kids;
    const rest = kids.slice(shown);
    const more = { label: rest.length + ' smaller items', size: rest.reduce((s, t) => s + t.size, 0), more: true, group: group };
    return kids.slice(0, shown).concat([more]);
  }

  // Draws group's children into container, and inside each child group big enough its own children, level by
  // level (breadth first), so that when the page has MAX_DRAWN boxes the ones left out are the deepest.
  function draw(container, group, width, height) {
    const queue = [{ container: container, group: group, x: 0, y: 0, w: width, h: height, depth: 0 }];
    let left = MAX_DRAWN;
    for (let q = 0; q < queue.length && left > 0; q++) {
      const job = queue[q];
      const boxes = boxesOf(job.group, job.w * job.h);
      const rects = layout(boxes, job.x, job.y, job.w, job.h);
      for (let k = 0; k < boxes.length && left > 0; k++) {
        const t = boxes[k], r = rects[k];
        if (!r || r.w < 1 || r.h < 1) continue;
        left--;
        const box = drawBox(t, r, job.depth);
        job.container.appendChild(box);
        if (t.children && r.w > 40 && r.h > HEADER + 20) {
          queue.push({ container: box, group: t, x: 2, y: HEADER, w: r.w - 6, h: r.h - HEADER - 4, depth: job.depth + 1 });
        }
      }
    }
  }

  function drawBox(t, r, depth) {
    const box = element('div', 'box ' + (t.more ? 'more' : t.children ? 'group depth' + Math.min(depth, 3) : 'item'));
    if (!t.more && !t.children) {
      box.setAttribute('data-kind', kindOf(t.node));
      if (t.node === selected) box.classList.add('selected');
    }
    box.style.left = r.x.toFixed(1) + 'px';
    box.style.top = r.y.toFixed(1) + 'px';
    box.style.width = r.w.toFixed(1) + 'px';
    box.style.height = r.h.toFixed(1) + 'px';
    box.title = (t.children || t.more ? t.label : nodes[t.node][0]) + '\n' + bytes(t.size);
    if (r.w > 30 && r.h > 12) box.appendChild(element('span', 'label', t.label + '  ' + human(t.size)));
    box.addEventListener('click', ev => {
      ev.stopPropagation();
      if (t.more) zoom(t.group);
      else if (t.children) zoom(t);
      else select(t.node, false);
    });
    return box;
  }

  function renderBreadcrumb() {
    const nav = byId('breadcrumb');
    nav.textContent = '';
    pathOf(current).forEach((t, k, path) => {
      if (k > 0) nav.appendChild(element('span', 'sep', '\u203a'));
      if (k < path.length - 1) {
        const a = element('a', '', t.label);
        a.href = '#';
        a.addEventListener('click', ev => {
          ev.preventDefault();
          zoom(t);
        });
        nav.appendChild(a);
      } else {
        nav.appendChild(element('strong', '', t.label));
      }
      if (k === path.length - 1) nav.appendChild(element('span', 'size', '  ' + bytes(t.size)));
    });
  }

  function renderLargest() {
    const items = [];
    (function collect(t) {
      if (t.children) t.children.forEach(collect);
      else items.push(t);
    })(current);
    items.sort((a, b) => b.size - a.size || a.node - b.node);
    const list = byId('largest');
    list.textContent = '';
    byId('largest-title').textContent = 'Largest in ' + current.label + ' (' + digits(items.length) + ' items)';
    for (const t of items.slice(0, 20)) {
      const li = element('li');
      li.appendChild(nodeLink(t.node, true));
      li.appendChild(element('span', 'size', '  ' + human(t.size)));
      list.appendChild(li);
    }
  }

  function render() {
    const map = byId('treemap');
    map.textContent = '';
    draw(map, current, map.clientWidth, map.clientHeight);
    renderBreadcrumb();
    renderLargest();
  }

  function zoom(group) {
    current = group;
    render();
  }

  function select(i, reveal) {
    selected = i;
    const n = nodes[i];
    byId('selected-name').textContent = n[0];
    const facts = [kindOf(i)];
    if (n[2] < 0) facts.push('inlined into its callers: no code of its own');
    else if (n[2] === 0) facts.push('no size of its own');
    else facts.push(bytes(n[2]));
    const item = itemOf.get(i);
    if (item) facts.push('in ' + pathOf(item.parent).map(t => t.label).join(' \u203a '));
    byId('selected-facts').textContent = facts.join('; ');
    const list = byId('why-chain');
    list.textContent = '';
    if (n[4] < 0) {
      list.appendChild(element('li', '', 'no root reaches it in the recorded graph'));
    } else {
      for (const step of chainOf(i)) {
        const li = element('li');
        li.appendChild(step === i ? element('strong', '', nodes[step][0]) : nodeLink(step, true));
        const reason = element('span', 'reason', reasonOf(step, '\u2191'));
        reason.title = reasonOf(step);
        li.appendChild(reason);
        list.appendChild(li);
      }
    }
    try {
      history.replaceState(null, '', hashOf(i));
    } catch (e) {
      // some browsers refuse history changes on file: pages; the selection still works
    }
    if (reveal && item) current = item.parent;
    render();
  }

  // Selects the node a #node=NAME link names; says whether the page's address named one.
  function selectFromHash() {
    const m = /^#node=(.*)$/.exec(location.hash);
    if (!m) return false;
    let name;
    try {
      name = decodeURIComponent(m[1].replace(/\+/g, ' '));
    } catch (e) {
      name = m[1];
    }
    const i = indexByName.get(name);
    if (i === undefined) {
      byId('selected-name').textContent = 'No node is named ' + name;
      render();
    } else {
      select(i, true);
    }
    return true;
  }

  function search() {
    const query = byId('search').value.trim().toLowerCase();
    const list = byId('search-results');
    list.textContent = '';
    if (!query) return;
    let found = 0;
    for (let i = 0; i < nodes.length; i++) {
      if (!nodes[i][0].toLowerCase().includes(query)) continue;
      if (++found > 50) {
        list.appendChild(element('li', '', 'more match: type more of the name'));
        break;
      }
      const li = element('li');
      li.appendChild(nodeLink(i, true));
      li.appendChild(element('span', 'size', '  ' + (nodes[i][2] > 0 ? human(nodes[i][2]) : kindOf(i))));
      list.appendChild(li);
    }
    if (found === 0) list.appendChild(element('li', '', 'no node matches'));
  }

  function summarize() {
    const byKind = new Map();
    for (const n of nodes) {
      if (n[2] > 0) byKind.set(n[1], (byKind.get(n[1]) || 0) + n[2]);
    }
    const parts = [...byKind.entries()].sort((a, b) => b[1] - a[1]).map(e => (PLURALS[data.kinds[e[0]]] || data.kinds[e[0]]) + ' ' + human(e[1]));
    byId('title').textContent = data.title;
    byId('summary').textContent = bytes(root.size) + ' of code and data in ' + digits(itemOf.size) + ' items (' +
      parts.join(', ') + ') out of ' + bytes(data.outputSize) + ' of output; the rest is the runtime, the garbage ' +
      'collector and what the linker adds. ' + digits(nodes.length) + ' nodes in the dependency graph.';
    let biggest = -1;
    nodes.forEach((n, i) => {
      if (codeKinds.has(n[1]) && n[2] > (biggest < 0 ? 0 : nodes[biggest][2])) biggest = i;
    });
    if (biggest >= 0) {
      const a = byId('biggest-method');
      a.textContent = nodes[biggest][0];
      a.href = hashOf(biggest);
      a.addEventListener('click', ev => {
        ev.preventDefault();
        select(biggest, true);
      });
      byId('biggest-method-size').textContent = bytes(nodes[biggest][2]);
    }
    return biggest;
  }

  const biggest = summarize();
  byId('search').addEventListener('input', search);
  window.addEventListener('hashchange', selectFromHash);
  let pending = 0;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(render, 100);
  });
  if (!selectFromHash()) {
    if (biggest >= 0) select(biggest, false);
    else render();
  }
  if (document.body.getAttribute('data-state') === 'loading') document.body.setAttribute('data-state', 'ready');
})();
