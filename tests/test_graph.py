"""The campaign–agency–outcome graph: nodes, evidence weights, communities, centrality, exports."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import re
from html.parser import HTMLParser
from types import SimpleNamespace

import networkx as nx
import pandas as pd
import pytest
from fontTools.ttLib import TTFont

from womenfed import graph as relation_graph


def toy_corpus() -> SimpleNamespace:
    """Two reports; 春蕾计划 meets 教育局 in two sentences (one of them listed twice)."""
    relations = pd.DataFrame(
        [("a", 0, "campaign", "春蕾计划", "agency", "教育局"),
         ("a", 0, "campaign", "春蕾计划", "agency", "教育局"),
         ("a", 0, "campaign", "春蕾计划", "outcome", "212名"),
         ("a", 1, "campaign", "春蕾计划", "agency", "教育局"),
         ("b", 0, "agency", "人社局", "outcome", "700余人"),
         ("b", 0, "campaign", "春蕾计划", "outcome", "30人")],
        columns=["report_id", "sentence_id", "source_type", "source", "target_type", "target"])
    quantities = pd.DataFrame(
        [("a", 0, "212名", "女童", "people"), ("b", 0, "700余人", "就业", "people"),
         ("b", 0, "30人", "", "people")],
        columns=["report_id", "sentence_id", "text", "indicator", "kind"])
    sentences = pd.DataFrame(
        [("a", 0, "春蕾计划联合教育局资助女童212名。"), ("a", 1, "教育局支持春蕾计划。"),
         ("b", 0, "人社局帮助700余人就业,春蕾计划30人。")],
        columns=["report_id", "sentence_id", "text"])
    reports = pd.DataFrame({"report_id": ["a", "b"], "organisation": ["甲县妇联", "乙市妇联"]})
    return SimpleNamespace(relations=relations, quantities=quantities, sentences=sentences,
                           reports=reports)


def test_nodes_are_typed_and_outcomes_become_indicators():
    graph = relation_graph.build_graph(toy_corpus())
    # The count without a stated indicator (30人) makes no node.
    assert sorted(graph.nodes) == ["agency:人社局", "agency:教育局", "campaign:春蕾计划",
                                   "outcome:女童", "outcome:就业"]
    assert graph.nodes["campaign:春蕾计划"] == {"type": "campaign", "label": "春蕾计划",
                                             "mentions": 2, "reports": 1}
    assert graph.nodes["outcome:就业"]["type"] == "outcome"


def test_edge_weight_counts_distinct_evidence_sentences():
    graph = relation_graph.build_graph(toy_corpus())
    edge = graph.edges["campaign:春蕾计划", "agency:教育局"]
    assert edge["weight"] == 2
    assert edge["evidence"] == [("a", 0, "春蕾计划联合教育局资助女童212名。"),
                                ("a", 1, "教育局支持春蕾计划。")]
    assert graph.edges["agency:人社局", "outcome:就业"]["weight"] == 1


def test_only_counted_indicators_become_outcomes_one_node_per_label():
    """Sentences written for this test: a rate, a duration, the constituency, an honour."""
    relations = pd.DataFrame(
        [("a", 0, "campaign", "巾帼家政", "outcome", "每人每天可挣80元"),
         ("a", 1, "campaign", "巾帼家政", "outcome", "历时12天"),
         ("a", 2, "campaign", "巾帼家政", "outcome", "妇女300余名"),
         ("a", 3, "campaign", "巾帼建功标兵", "outcome", "3名"),
         ("a", 3, "agency", "人社局", "outcome", "3名"),
         ("a", 4, "campaign", "巾帼家政", "outcome", "培训学员45名")],
        columns=["report_id", "sentence_id", "source_type", "source", "target_type", "target"])
    quantities = pd.DataFrame(
        [("a", 0, "每人每天可挣80元", "每人每天可挣", "money_cny"),
         ("a", 1, "历时12天", "历时", "other"), ("a", 2, "妇女300余名", "妇女", "people"),
         ("a", 3, "3名", "巾帼建功标兵", "people"), ("a", 4, "培训学员45名", "培训学员", "people")],
        columns=["report_id", "sentence_id", "text", "indicator", "kind"])
    sentences = pd.DataFrame({"report_id": "a", "sentence_id": range(5), "text": "句"})
    corpus = SimpleNamespace(relations=relations, quantities=quantities, sentences=sentences,
                             reports=pd.DataFrame({"report_id": ["a"],
                                                   "organisation": ["甲县妇联"]}))
    graph = relation_graph.build_graph(corpus)
    assert sorted(graph.nodes) == ["agency:人社局", "campaign:巾帼家政", "campaign:巾帼建功标兵",
                                   "outcome:培训学员"]
    assert graph.edges["agency:人社局", "campaign:巾帼建功标兵"]["reports"] == 1


def test_an_outcome_missing_from_quantities_is_an_error():
    corpus = toy_corpus()
    corpus.quantities = corpus.quantities.iloc[1:]
    with pytest.raises(ValueError, match="212名"):
        relation_graph.build_graph(corpus)


def two_cliques() -> nx.Graph:
    graph = nx.Graph()
    for group in ("ab", "xy"):
        members = [f"campaign:{group}{i}" for i in range(4)]
        for i, a in enumerate(members):
            graph.add_node(a, type="campaign", label=a[9:], mentions=1, reports=1)
            for b in members[:i]:
                graph.add_edge(a, b, weight=3, evidence=[("r", 0, "s")])
    graph.add_edge("campaign:ab0", "campaign:xy0", weight=1, evidence=[("r", 1, "t")])
    return graph


def test_communities_find_obvious_groups_and_are_stable():
    graph = two_cliques()
    found = relation_graph.communities(graph, seed=0)
    assert found == [[f"campaign:ab{i}" for i in range(4)], [f"campaign:xy{i}" for i in range(4)]]
    assert relation_graph.communities(graph, seed=0) == found
    assert relation_graph.communities(nx.Graph()) == []


def test_centrality_of_a_star():
    graph = nx.star_graph(3)
    nx.relabel_nodes(graph, {i: f"agency:{i}" for i in graph}, copy=False)
    for key in graph:
        graph.nodes[key].update(type="agency", label=key[7:], mentions=1, reports=1)
    for a, b in graph.edges:
        graph.edges[a, b]["weight"] = 2
    table = relation_graph.centrality(graph)
    assert table.loc[0, "node"] == "agency:0"
    assert (table.loc[0, "degree"], table.loc[0, "weighted_degree"], table.loc[0, "betweenness"]) \
        == (3, 6, 1.0)
    assert table["node"].tolist()[1:] == ["agency:1", "agency:2", "agency:3"]


@pytest.fixture(scope="module")
def sample_graph(sample_corpus):
    return relation_graph.build_graph(sample_corpus)


def test_sample_graph_edges_carry_their_relations(sample_corpus, sample_graph):
    relations = sample_corpus.relations
    assert sample_graph.number_of_edges() > 0
    linked = set(zip(relations["report_id"], relations["sentence_id"], strict=True))
    for _, _, data in sample_graph.edges(data=True):
        assert data["weight"] == len(data["evidence"]) == len(set(data["evidence"]))
        assert {(report, number) for report, number, _ in data["evidence"]} <= linked
    names = set(relations["source"]) | set(relations.loc[relations["target_type"] != "outcome",
                                                         "target"])
    for _, data in sample_graph.nodes(data=True):
        if data["type"] != "outcome":
            assert data["label"] in names


class _References(HTMLParser):
    """Collects every attribute that could make a browser fetch something."""

    def __init__(self):
        super().__init__()
        self.references, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.references += [(tag, name, value) for name, value in attrs
                            if name in {"src", "href", "xlink:href", "srcset", "data", "action"}]


def test_exports_open_in_networkx_offline_and_are_byte_identical(sample_graph, tmp_path):
    paths = relation_graph.export_graph(sample_graph, tmp_path, "relations")
    assert [p.name for p in paths] == ["relations.graphml", "relations.gexf", "relations.html"]
    for read in (nx.read_graphml, nx.read_gexf):
        opened = read(paths[0] if read is nx.read_graphml else paths[1])
        assert set(opened.nodes) == set(sample_graph.nodes)
        assert opened.number_of_edges() == sample_graph.number_of_edges()
        a, b, data = next(iter(sample_graph.edges(data=True)))
        assert float(opened.edges[a, b]["weight"]) == data["weight"]
        assert data["evidence"][0][2] in opened.edges[a, b]["evidence"]
        assert opened.nodes[a]["type"] == sample_graph.nodes[a]["type"]
    page = paths[2].read_text(encoding="utf-8")
    parser = _References()
    parser.feed(page)
    assert parser.references == [] and "link" not in parser.tags and "iframe" not in parser.tags
    assert not re.search(r"https?://|url\((?!data:)|@import|fetch\(|XMLHttpRequest|import\(", page)
    for _, data in sample_graph.nodes(data=True):
        assert f">{html.escape(data['label'])}<" in page
    # The page carries its own font, with a glyph for every character it shows.
    embedded = re.search(r"url\(data:font/otf;base64,([A-Za-z0-9+/=]+)\)", page)
    cmap = TTFont(io.BytesIO(base64.b64decode(embedded.group(1)))).getBestCmap()
    shown = {ch for _, data in sample_graph.nodes(data=True) for ch in data["label"]}
    shown |= {ch for _, _, data in sample_graph.edges(data=True) for *_, text in data["evidence"]
              for ch in text}
    assert shown and not {ch for ch in shown if not ch.isspace() and ord(ch) not in cmap}
    digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    again = relation_graph.export_graph(sample_graph, tmp_path, "relations")
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in again] == digests
    assert "lastmodifieddate=\"2000-01-01\"" in paths[1].read_text(encoding="utf-8")


def _label_boxes(fig, renderer):
    return [(text.get_text(), text.get_window_extent(renderer), text.get_fontsize())
            for ax in fig.axes for text in ax.texts]


def _assert_readable(graph, fig, hidden):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    # The figure as saved (save_figure closed it): drawn again by Agg at its own size.
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    labels = _label_boxes(fig, renderer)
    assert len(labels) + len(hidden) == graph.number_of_nodes()
    assert all(size >= relation_graph.MIN_FONT_SIZE for _, _, size in labels)
    for i, (first, box, _) in enumerate(labels):
        for second, other, _ in labels[:i]:
            assert not box.overlaps(other), (first, second)
    return labels


def test_graph_labels_do_not_overlap_in_the_saved_figure(tmp_path):
    """A crowded made-up graph: long labels on a star and a chain, in a small figure."""
    from womenfed import plotting

    graph = nx.Graph()
    hub = "campaign:巾帼家政服务培训"
    graph.add_node(hub, type="campaign", label="巾帼家政服务培训", mentions=4, reports=2)
    for i in range(24):
        key = f"outcome:培训学员第{i}批结业"
        graph.add_node(key, type="outcome", label=f"培训学员第{i}批结业", mentions=1, reports=1)
        graph.add_edge(hub, key, weight=1, evidence=[("r", i, "句")])
    plotting.use_house_style()
    fig, hidden = relation_graph.draw_graph(graph, relation_graph.layout(graph), figsize=(7, 5))
    plotting.save_figure(fig, "99-graph", tmp_path)
    labels = _assert_readable(graph, fig, hidden)
    assert len(labels) >= graph.number_of_nodes() // 2


def test_the_sample_graph_is_labelled_without_overlap(sample_graph, tmp_path):
    from womenfed import plotting

    plotting.use_house_style()
    fig, hidden = relation_graph.draw_graph(sample_graph, relation_graph.layout(sample_graph),
                                            figsize=(16, 13))
    plotting.save_figure(fig, "99-sample-graph", tmp_path)
    labels = _assert_readable(sample_graph, fig, hidden)
    assert len(hidden) <= len(labels) // 5


def test_labels_below_the_minimum_size_are_refused(sample_graph):
    with pytest.raises(ValueError, match="minimum"):
        relation_graph.draw_graph(sample_graph, relation_graph.layout(sample_graph), fontsize=7)
