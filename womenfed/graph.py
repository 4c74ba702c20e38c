"""The typed graph of campaigns, partner agencies and outcome indicators, from the relations table.

Nodes are keyed ``"<type>:<label>"`` (``"campaign:春蕾计划"``, ``"agency:司法局"``,
``"outcome:就业"``). An outcome relation names a quantity as written (``700余人``); it becomes
the quantity's *indicator* (what is counted), so reports that count the same thing meet in
one node. Only counted indicators become outcome nodes: a stated indicator of a count of
people, households, events, organisations, items or money, not a rate (每人每天…), not a
duration or score (kind ``other``), not the name of the authors or their constituency
(``terms.author_terms``: 妇女). A label that is a campaign or agency is one node of that type
(an honour counted as 巾帼建功标兵 3名 is the campaign's count, not a second node).

An edge's weight is the number of distinct sentences that link its two ends, its ``reports``
the number of distinct reports; the edge keeps the sentences as evidence, so every line in a
figure can be traced to its words.

Exports are deterministic (sorted nodes and edges, a seeded layout, no timestamps): GraphML
and GEXF for Gephi, and a self-contained HTML page that works offline.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections import defaultdict
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

from .atomic import write_bytes_atomic
from .plotting import FONT_FAMILY, font_face_css
from .terms import author_matcher

NODE_TYPES = ("campaign", "agency", "outcome")
# Colours by node type (colour-blind safe, Okabe–Ito), shared by the HTML page and figures.
TYPE_COLOURS = {"campaign": "#E69F00", "agency": "#0072B2", "outcome": "#009E73"}
LAYOUT_SEED = 0
KAMADA_KAWAI_MAX_NODES = 500
EVIDENCE_SEPARATOR = "\n"
# Kinds of quantity that count an outcome (womenfed.quantities); "other" holds durations,
# scores and the like, "percent" rates.
COUNTED_KINDS = frozenset({"people", "person_times", "households", "events", "organisations",
                           "items", "money_cny"})
RATE = re.compile(r"^(?:每|人均|户均|平均)")  # 每人每天可挣30元: a rate, not a count


def build_graph(corpus) -> nx.Graph:
    """The campaign–agency–outcome graph of a corpus (``relations``, ``quantities``, ``sentences``).

    Node attributes: ``type``, ``label``, ``mentions`` (distinct sentences in which the node
    takes part in a relation) and ``reports`` (distinct reports). Edge attributes: ``weight``
    (distinct evidence sentences) and ``evidence``, a sorted list of
    ``(report_id, sentence_id, sentence text)``.

    Examples
    --------
    >>> graph = build_graph(womenfed.read_tables("data/processed"))  # doctest: +SKIP
    >>> graph.nodes["campaign:春蕾计划"]["type"]  # doctest: +SKIP
    'campaign'
    """
    from .terms import author_terms
    from .tokenize import Tokenizer

    indicators = _outcome_indicators(corpus.quantities,
                                     author_terms(corpus.reports, Tokenizer()))
    named = {name: kind for kinds, names in (("source_type", "source"), ("target_type", "target"))
             for kind, name in zip(corpus.relations[kinds], corpus.relations[names], strict=True)
             if kind != "outcome"}
    texts = {(row.report_id, row.sentence_id): row.text
             for row in corpus.sentences[["report_id", "sentence_id", "text"]].itertuples()}
    node_sentences: dict[str, set] = defaultdict(set)
    edge_sentences: dict[tuple[str, str], set] = defaultdict(set)
    for row in corpus.relations.itertuples():
        sentence = (row.report_id, int(row.sentence_id))
        ends = [_node_key(kind, name, sentence, indicators, named)
                for kind, name in ((row.source_type, row.source), (row.target_type, row.target))]
        if None in ends or ends[0] == ends[1]:
            continue
        for key in ends:
            node_sentences[key].add(sentence)
        edge_sentences[tuple(sorted(ends))].add(sentence)

    graph = nx.Graph()
    for key in sorted(node_sentences):
        kind, label = key.split(":", 1)
        sentences = node_sentences[key]
        graph.add_node(key, type=kind, label=label, mentions=len(sentences),
                       reports=len({report for report, _ in sentences}))
    for (a, b) in sorted(edge_sentences):
        evidence = [(report, number, texts.get((report, number), ""))
                    for report, number in sorted(edge_sentences[(a, b)])]
        graph.add_edge(a, b, weight=len(evidence), reports=len({r for r, _, _ in evidence}),
                       evidence=evidence)
    return graph


def communities(graph: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Louvain communities (edge weights used, ``seed`` fixed), numbered stably.

    Returns lists of node keys, each sorted; the largest community first, ties by first key.
    """
    if graph.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((sorted(members) for members in found), key=lambda m: (-len(m), m[0]))


def centrality(graph: nx.Graph) -> pd.DataFrame:
    """Degree, weighted degree (evidence sentences) and betweenness of every node.

    Betweenness counts hops (unweighted): a weight here is evidence, not a distance.
    Sorted by weighted degree, then betweenness (both descending), then node key.
    """
    betweenness = nx.betweenness_centrality(graph) if graph.number_of_nodes() else {}
    rows = [{"node": key, "type": data["type"], "label": data["label"],
             "mentions": data["mentions"], "reports": data["reports"],
             "degree": graph.degree(key), "weighted_degree": graph.degree(key, weight="weight"),
             "betweenness": betweenness[key]}
            for key, data in graph.nodes(data=True)]
    frame = pd.DataFrame(rows, columns=["node", "type", "label", "mentions", "reports", "degree",
                                        "weighted_degree", "betweenness"])
    return frame.sort_values(["weighted_degree", "betweenness", "node"],
                             ascending=[False, False, True], kind="stable").reset_index(drop=True)


def layout(graph: nx.Graph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Node positions in [-1, 1]²: each connected component laid out on its own, then packed.

    A force-directed layout of a disconnected graph flings small components to the rim; here
    every component is laid out in a square whose area grows with its size,
    and the squares are packed in rows, largest first (hand-written: networkx has no packer).
    Rounded to 4 decimals, since the last bits of floating point may differ between machines.
    """
    components = sorted((sorted(c) for c in nx.connected_components(graph)),
                        key=lambda c: (-len(c), c[0]))
    if not components:
        return {}
    row_width = 1.6 * sum(len(c) for c in components) ** 0.5
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for members in components:
        side = len(members) ** 0.75  # larger components get more room per node: they are denser
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        local = _component_layout(graph.subgraph(members), seed)
        for key in members:
            lx, ly = local[key]
            placed[key] = (x + side * (0.5 + 0.42 * lx), y - side * (0.5 - 0.42 * ly))
        x += side
        row_height = max(row_height, side)
    xs, ys = zip(*placed.values(), strict=True)
    centre = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
    half = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {key: (round((px - centre[0]) / half, 4), round((py - centre[1]) / half, 4))
            for key, (px, py) in placed.items()}


def _component_layout(component: nx.Graph, seed: int) -> dict:
    """Kamada–Kawai (deterministic, spreads nodes that share neighbours) for components up to
    ``KAMADA_KAWAI_MAX_NODES``; beyond, its quadratic cost calls for a seeded spring layout."""
    if component.number_of_nodes() == 1:
        return {next(iter(component)): (0.0, 0.0)}
    if component.number_of_nodes() <= KAMADA_KAWAI_MAX_NODES:
        return nx.kamada_kawai_layout(component, weight=None)
    return nx.spring_layout(component, weight=None, seed=seed, iterations=200)


MIN_FONT_SIZE = 9  # points at the saved size: the smallest label a printed page can carry
LABEL_GAP = 3  # points between a label and what it must not touch


def draw_graph(graph: nx.Graph, positions: dict[str, tuple[float, float]],
               figsize: tuple[float, float] = (14, 12), fontsize: float = MIN_FONT_SIZE,
               title: str = "") -> tuple[plt.Figure, list[str]]:
    """The graph as a figure whose labels neither overlap each other nor cover a node.

    Nodes are coloured by type and sized by mentions; an edge's width grows with its evidence
    sentences and it is drawn dark where two or more reports make the link. Labels are placed
    greedily, the most mentioned node first, at the first of several spots around the node
    (above, below, right, left, diagonals, then further out) where the label's box, measured
    by the renderer, is free; a label with no free spot is left out and returned by key, for
    the caller to list. Hand-written: matplotlib and networkx place no labels around obstacles.
    The layout engine is off, so the saved figure keeps exactly the geometry measured here.
    """
    if fontsize < MIN_FONT_SIZE:
        raise ValueError(f"labels of {fontsize} pt are below the {MIN_FONT_SIZE} pt minimum")
    fig = plt.figure(figsize=figsize)
    # A placeholder engine, not None: saving restores a None engine from rcParams (constrained).
    fig.set_layout_engine("none")
    ax = fig.add_axes((0.01, 0.01, 0.98, 0.94 if title else 0.98))
    ax.set_axis_off()
    for a, b, data in sorted(graph.edges(data=True), key=lambda edge: edge[2]["weight"]):
        (x1, y1), (x2, y2) = positions[a], positions[b]
        shared = len({report for report, _, _ in data["evidence"]}) >= 2
        ax.plot([x1, x2], [y1, y2], color="#404040" if shared else "#a0a0a0",
                linewidth=0.6 + 1.0 * data["weight"], alpha=0.8, zorder=1, solid_capstyle="round")
    sizes = {key: 40 + 45 * data["mentions"] for key, data in graph.nodes(data=True)}
    for key, data in graph.nodes(data=True):
        x, y = positions[key]
        ax.scatter([x], [y], s=sizes[key], color=TYPE_COLOURS[data["type"]],
                   edgecolors="white", linewidths=0.6, zorder=2)
    if positions:
        xs, ys = zip(*(positions[key] for key in graph.nodes), strict=True)
        pad_x, pad_y = 0.08 * (max(xs) - min(xs) or 1), 0.05 * (max(ys) - min(ys) or 1)
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)
    if title:
        fig.suptitle(title, fontsize=12, y=0.985)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    points = fig.dpi / 72
    obstacles = []
    for key in graph.nodes:
        cx, cy = ax.transData.transform(positions[key])
        radius = (sizes[key] ** 0.5 / 2 + 1) * points
        obstacles.append((cx - radius, cy - radius, cx + radius, cy + radius))
    frame = ax.get_window_extent(renderer)
    hidden = []
    order = sorted(graph.nodes, key=lambda key: (-graph.nodes[key]["mentions"], key))
    for key in order:
        radius = sizes[key] ** 0.5 / 2 + LABEL_GAP
        text = ax.annotate(graph.nodes[key]["label"], positions[key], fontsize=fontsize,
                           textcoords="offset points", xytext=(0, 0), zorder=3)
        for dx, dy, ha, va in _label_spots(radius):
            text.set_position((dx, dy))
            text.set_horizontalalignment(ha)
            text.set_verticalalignment(va)
            box = text.get_window_extent(renderer)
            padded = (box.x0 - LABEL_GAP, box.y0 - LABEL_GAP, box.x1 + LABEL_GAP,
                      box.y1 + LABEL_GAP)
            inside = (box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0
                      and box.y1 <= frame.y1)
            if inside and not any(_overlap(padded, other) for other in obstacles):
                obstacles.append((box.x0, box.y0, box.x1, box.y1))
                break
        else:
            text.remove()
            hidden.append(key)
    return fig, hidden


def _label_spots(radius: float):
    """Offsets (points) and alignments around a node, nearest first."""
    for reach in (radius, radius + 8, radius + 18):
        yield 0, reach, "center", "bottom"
        yield 0, -reach, "center", "top"
        yield reach, 0, "left", "center"
        yield -reach, 0, "right", "center"
        for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            yield (sx * reach * 0.8, sy * reach * 0.8, "left" if sx > 0 else "right",
                   "bottom" if sy > 0 else "top")


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def export_graph(graph: nx.Graph, out_dir: str | Path, stem: str) -> list[Path]:
    """Write ``<stem>.graphml``, ``<stem>.gexf`` (Gephi) and ``<stem>.html`` (offline, interactive).

    Attributes become scalars (evidence as text, one sentence a line) so networkx's readers and
    Gephi open the files; GEXF also carries the layout, colours and sizes. Returns the paths.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    positions = layout(graph)
    flat = _scalar_graph(graph)
    contents = {
        f"{stem}.graphml": "\n".join(nx.generate_graphml(flat)) + "\n",
        f"{stem}.gexf": _gexf_text(flat, positions),
        f"{stem}.html": _html_page(graph, positions, title=stem),
    }
    paths = []
    for name, text in contents.items():
        write_bytes_atomic(out_dir / name, text.encode("utf-8"))
        paths.append(out_dir / name)
    return paths


def _outcome_indicators(quantities: pd.DataFrame,
                        generic: set[str]) -> dict[tuple[str, int, str], str | None]:
    """(report_id, sentence_id, quantity text) -> indicator, or None where the quantity is no
    counted indicator (no stated indicator, a kind that counts no outcome, a rate, or a
    ``generic`` word such as the authors' constituency)."""
    names_authors = author_matcher(generic)
    out = {}
    for row in quantities.itertuples():
        indicator = row.indicator.strip() if isinstance(row.indicator, str) else ""
        counted = (indicator and row.kind in COUNTED_KINDS and not RATE.match(indicator)
                   and not names_authors(indicator))
        out.setdefault((row.report_id, int(row.sentence_id), row.text),
                       indicator if counted else None)
    return out


def _node_key(kind: str, name: str, sentence: tuple[str, int], indicators: dict,
              named: dict[str, str]) -> str | None:
    """The node of one end of a relation; None for an outcome that is no counted indicator."""
    if kind not in NODE_TYPES:
        raise ValueError(f"relations: unknown node type {kind!r} in sentence {sentence}")
    if kind == "outcome":
        try:
            name = indicators[(*sentence, name)]
        except KeyError:
            raise ValueError(f"relations: outcome {name!r} of sentence {sentence} "
                             "is not in the quantities table") from None
        if name is None:
            return None
        kind = named.get(name, kind)  # one node per label: a named campaign stays a campaign
    return f"{kind}:{name}"


def _evidence_text(evidence) -> str:
    return EVIDENCE_SEPARATOR.join(f"{report}#{number}: {text}" for report, number, text in evidence)


def _scalar_graph(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes are strings and numbers only (GraphML/GEXF reject lists)."""
    flat = nx.Graph()
    flat.add_nodes_from(graph.nodes(data=True))
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, weight=data["weight"],
                      reports=len({report for report, _, _ in data["evidence"]}),
                      evidence=_evidence_text(data["evidence"]))
    return flat


def _gexf_text(flat: nx.Graph, positions: dict) -> str:
    """GEXF with layout and colours; networkx stamps today's date, replaced by a fixed one."""
    with_viz = nx.Graph()
    for key, data in flat.nodes(data=True):
        x, y = positions[key]
        colour = TYPE_COLOURS[data["type"]].lstrip("#")
        r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
        with_viz.add_node(key, **data, viz={
            "position": {"x": x * 1000, "y": y * 1000, "z": 0.0},
            "color": {"r": r, "g": g, "b": b, "a": 1.0},
            "size": 5.0 + 2.0 * data["mentions"] ** 0.5})
    with_viz.add_edges_from(flat.edges(data=True))
    writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.xml.find("meta").set("lastmodifieddate", "2000-01-01")
    writer.add_graph(with_viz)
    return str(writer)


def _html_page(graph: nx.Graph, positions: dict, title: str) -> str:
    """One HTML file: an inline SVG drawing plus a small script for hover details (no network).

    Hand-written because the usual tools (pyvis, d3) load their code from a CDN or need it
    bundled; an SVG with ``<title>`` tooltips also works with scripts turned off.
    """
    size, margin = 1000, 60

    def xy(key):
        x, y = positions[key]
        return (round(margin + (x + 1) / 2 * (size - 2 * margin), 1),
                round(margin + (1 - (y + 1) / 2) * (size - 2 * margin), 1))

    strongest = max((d["weight"] for _, _, d in graph.edges(data=True)), default=1)
    lines, circles = [], []
    for index, (a, b, data) in enumerate(graph.edges(data=True)):
        (x1, y1), (x2, y2) = xy(a), xy(b)
        reports = len({report for report, _, _ in data["evidence"]})
        tooltip = (f"{graph.nodes[a]['label']} — {graph.nodes[b]['label']} "
                   f"({data['weight']} sentences, {reports} reports)\n"
                   f"{_evidence_text(data['evidence'])}")
        lines.append(f'<line class="edge" data-edge="{index}" x1="{x1}" y1="{y1}" x2="{x2}" '
                     f'y2="{y2}" stroke-width="{1 + 4 * data["weight"] / strongest:.2f}">'
                     f"<title>{html.escape(tooltip)}</title></line>")
    for key, data in graph.nodes(data=True):
        x, y = xy(key)
        radius = 4 + 2.5 * data["mentions"] ** 0.5
        circles.append(
            f'<g class="node" data-node="{html.escape(key)}"><circle cx="{x}" cy="{y}" '
            f'r="{radius:.1f}" fill="{TYPE_COLOURS[data["type"]]}"><title>'
            f'{html.escape(data["label"])} ({data["type"]}, {data["mentions"]})</title></circle>'
            f'<text x="{x}" y="{y - radius - 2:.1f}">{html.escape(data["label"])}</text></g>')
    edge_index = {frozenset(ends): i for i, ends in enumerate(graph.edges())}
    details = {
        "nodes": {key: {"label": d["label"], "type": d["type"], "mentions": d["mentions"],
                        "edges": sorted(edge_index[frozenset(ends)] for ends in graph.edges(key))}
                  for key, d in graph.nodes(data=True)},
        "edges": [{"ends": [graph.nodes[a]["label"], graph.nodes[b]["label"]],
                   "weight": d["weight"],
                   "evidence": [f"{r}#{n}: {t}" for r, n, t in d["evidence"]]}
                  for a, b, d in graph.edges(data=True)],
    }
    data_json = json.dumps(details, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    legend = "".join(f'<span class="key"><i style="background:{colour}"></i>{kind}</span>'
                     for kind, colour in TYPE_COLOURS.items())
    page = functools.partial(
        _HTML_TEMPLATE.format, title=html.escape(title), size=size, legend=legend,
        edges="\n".join(lines), nodes="\n".join(circles), data=data_json, font_family=FONT_FAMILY,
        summary=f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    return page(font_face=font_face_css(page(font_face="")))


_HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
{font_face}
body {{ font-family: "{font_family}", sans-serif; margin: 0; display: flex; }}
svg {{ width: 70vw; height: 100vh; }}
.edge {{ stroke: #999; stroke-opacity: 0.5; }}
.edge.on {{ stroke: #d62728; stroke-opacity: 1; }}
.node text {{ font-size: 9px; text-anchor: middle; pointer-events: none; fill: #333; }}
.node circle {{ stroke: #fff; stroke-width: 1; cursor: pointer; }}
.node.on circle {{ stroke: #000; stroke-width: 2; }}
aside {{ width: 30vw; height: 100vh; overflow: auto; padding: 1em; box-sizing: border-box;
        border-left: 1px solid #ddd; font-size: 14px; }}
.key {{ margin-right: 1em; }} .key i {{ display: inline-block; width: 10px; height: 10px;
        margin-right: 4px; border-radius: 5px; }}
li {{ margin-bottom: 0.5em; }}
</style>
</head>
<body>
<svg viewBox="0 0 {size} {size}" role="img" aria-label="{title}">
<g id="edges">
{edges}
</g>
<g id="nodes">
{nodes}
</g>
</svg>
<aside>
<p>{legend}</p>
<p>{summary}. Hover over a node or an edge to see its evidence sentences.</p>
<div id="details"></div>
</aside>
<script id="graph-data" type="application/json">{data}</script>
<script>
const data = JSON.parse(document.getElementById("graph-data").textContent);
const details = document.getElementById("details");
const edges = document.querySelectorAll(".edge");
function show(title, evidence) {{
  details.replaceChildren();
  const heading = document.createElement("h3");
  heading.textContent = title;
  const list = document.createElement("ul");
  for (const sentence of evidence) {{
    const item = document.createElement("li");
    item.textContent = sentence;
    list.appendChild(item);
  }}
  details.append(heading, list);
}}
function clear() {{
  document.querySelectorAll(".on").forEach((element) => element.classList.remove("on"));
}}
document.querySelectorAll(".node").forEach((element) => {{
  element.addEventListener("mouseenter", () => {{
    clear();
    const node = data.nodes[element.dataset.node];
    element.classList.add("on");
    const evidence = [];
    for (const index of node.edges) {{
      edges[index].classList.add("on");
      const edge = data.edges[index];
      for (const sentence of edge.evidence) {{
        if (!evidence.includes(sentence)) evidence.push(sentence);
      }}
    }}
    show(node.label + " (" + node.type + ", " + node.mentions + ")", evidence);
  }});
}});
edges.forEach((element) => {{
  element.addEventListener("mouseenter", () => {{
    clear();
    element.classList.add("on");
    const edge = data.edges[Number(element.dataset.edge)];
    show(edge.ends.join(" — ") + " (" + edge.weight + ")", edge.evidence);
  }});
}});
</script>
</body>
</html>
"""
