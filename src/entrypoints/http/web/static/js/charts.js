// Hand-drawn SVG charts: lines over time, horizontal bars, a sparkline. Labels are SVG text nodes (no markup).
"use strict";

const Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";

  function svg(tag, attributes = {}, ...children) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Up to four round steps from 0 to at least `max`; whole steps for whole-number data. */
  function scale(max, whole) {
    const rough = Math.max(max, whole ? 1 : 1e-9) / 4;
    const power = 10 ** Math.floor(Math.log10(rough));
    let step = [1, 2, 2.5, 5, 10].map((n) => n * power).find((n) => n >= rough && !(whole && !Number.isInteger(n)));
    if (whole) step = Math.max(1, Math.round(step));
    const top = step * Math.max(1, Math.ceil(max / step));
    return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, k) => k * step) };
  }

  function put(container, node) {
    while (container.firstChild) container.removeChild(container.firstChild);
    container.append(node);
  }

  /** One line per series over `labels` (x), with a dot per point whose tooltip gives the value. */
  function lines(container, labels, series, format = String) {
    const width = Math.max(320, container.clientWidth);
    const height = 210;
    const pad = { left: 44, right: 14, top: 10, bottom: 26 };
    const inner = { w: width - pad.left - pad.right, h: height - pad.top - pad.bottom };
    const values = series.flatMap((s) => s.values);
    const { top: max, ticks } = scale(Math.max(0, ...values), values.every(Number.isInteger));
    const x = (i) => pad.left + (labels.length < 2 ? inner.w / 2 : (i * inner.w) / (labels.length - 1));
    const y = (v) => pad.top + inner.h * (1 - v / max);
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "img" });
    const grid = svg("g", { class: "grid axis" });
    for (const value of ticks) {
      grid.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: y(value), y2: y(value) }),
        svg("text", { x: pad.left - 6, y: y(value) + 4, "text-anchor": "end" }, format(value)));
    }
    const every = Math.max(1, Math.ceil(labels.length / 8));
    labels.forEach((label, i) => {
      const last = i === labels.length - 1 && i % every >= every / 2;
      if (i % every === 0 || last) grid.append(svg("text", { x: x(i), y: height - 8, "text-anchor": "middle" }, label));
    });
    root.append(grid);
    series.forEach((s, index) => {
      const points = s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ");
      const group = svg("g", { class: `series-${index}` }, svg("polyline", { class: "line", points }));
      s.values.forEach((v, i) => group.append(svg("circle", { class: "dot", cx: x(i), cy: y(v), r: labels.length > 60 ? 1.5 : 3 },
        svg("title", {}, `${labels[i]} · ${s.name}: ${format(v)}`))));
      root.append(group);
    });
    put(container, root);
  }

  /** Horizontal bars, largest first as given; `items` are {label, value, title}. */
  function bars(container, items, format = String) {
    const width = Math.max(320, container.clientWidth);
    const row = 24;
    const labelWidth = Math.min(230, width * 0.42);
    const height = Math.max(row, items.length * row) + 4;
    const max = Math.max(1, ...items.map((item) => item.value));
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "img" });
    if (!items.length) root.append(svg("text", { class: "bar-label", x: 0, y: 16 }, "—"));
    items.forEach((item, i) => {
      const top = i * row + 2;
      const barWidth = Math.max(2, ((width - labelWidth - 56) * item.value) / max);
      root.append(svg("g", {},
        svg("title", {}, `${item.title || item.label}: ${format(item.value)}`),
        svg("text", { class: "bar-label", x: 0, y: top + 15 }, truncate(item.label, Math.floor(labelWidth / 6.5))),
        svg("rect", { class: "bar", x: labelWidth, y: top + 3, width: barWidth, height: row - 8, rx: 3 }),
        svg("text", { class: "bar-value", x: labelWidth + barWidth + 6, y: top + 15 }, format(item.value))));
    });
    put(container, root);
  }

  function spark(container, values) {
    const width = Math.max(80, container.clientWidth);
    const height = 28;
    const max = Math.max(1, ...values);
    const step = values.length > 1 ? width / (values.length - 1) : width;
    const points = values.map((v, i) => `${i * step},${height - 2 - ((height - 4) * v) / max}`).join(" ");
    put(container, svg("svg", { viewBox: `0 0 ${width} ${height}`, height, class: "series-0" }, svg("polyline", { class: "line", points })));
  }

  function truncate(text, length) {
    return text.length > length ? `${text.slice(0, length - 1)}…` : text;
  }

  return { lines, bars, spark };
})();
