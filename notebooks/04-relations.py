# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python (womenfed)
#     language: python
#     name: womenfed
# ---

# %% [markdown]
# # 04 · Relations: campaigns, partner agencies and outcomes
#
# Reports say who ran a campaign with whom and what it achieved, one sentence at a time
# ("区妇联联合人社局开展春蕾计划，资助女童212名"). The extraction stage records these links in
# the `relations` table, each with its evidence sentence. Here they become one typed graph:
#
# - **nodes** are campaigns, partner agencies and outcome *indicators* — an outcome link names
#   a quantity as written (`700余人`), which is replaced by what it counts (its `indicator`
#   in the `quantities` table), so reports counting the same thing meet in one node;
# - an **edge's weight** is the number of distinct sentences linking its two ends, and every
#   edge keeps those sentences, so each line can be traced to its words.

# %%
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from IPython.display import Markdown, display
from matplotlib.lines import Line2D

import womenfed
from womenfed import graph as relation_graph
from womenfed import paths, plotting

plotting.use_house_style()
# Each repost cluster counts once (WOMENFED_COUNT_REPOSTS=1 counts every copy).
corpus = womenfed.read_tables(paths.PROCESSED, count_reposts=paths.COUNT_REPOSTS)
graph = relation_graph.build_graph(corpus)

node_types = pd.Series({key: data["type"] for key, data in graph.nodes(data=True)})
weights = pd.Series([data["weight"] for _, _, data in graph.edges(data=True)], dtype=int)
report_counts = pd.Series([data["reports"] for _, _, data in graph.edges(data=True)], dtype=int)
components = sorted(nx.connected_components(graph), key=len, reverse=True)
display(Markdown(
    f"From {len(corpus.relations)} relation rows in {corpus.relations['report_id'].nunique()} "
    f"reports: **{graph.number_of_nodes()} nodes** "
    f"({', '.join(f'{n} {kind}' for kind, n in node_types.value_counts().items())}) and "
    f"**{graph.number_of_edges()} edges**; edges resting on two or more sentences: "
    f"{(weights >= 2).sum()}, made in two or more reports: {(report_counts >= 2).sum()}. "
    f"The graph falls into {len(components)} connected components; the largest "
    f"holds {len(components[0]) if components else 0} nodes."))

# %% [markdown]
# ## The most central agencies and campaigns
#
# Three measures per node: *degree* (how many distinct nodes it is linked to), *weighted
# degree* (how many evidence sentences its links rest on) and *betweenness* (the share of
# shortest paths between other nodes that pass through it, counted in hops — a bridge between
# programmes). The tables are sorted by weighted degree.

# %%
central = relation_graph.centrality(graph)
columns = ["label", "mentions", "reports", "degree", "weighted_degree", "betweenness"]
top_agencies = central[central["type"] == "agency"].head(10)[columns].round(3)
top_agencies

# %%
top_campaigns = central[central["type"] == "campaign"].head(10)[columns].round(3)
top_campaigns

# %% [markdown]
# ## Communities
#
# Louvain community detection (networkx, edge weights used, `seed=0`) groups nodes that link
# more among themselves than to the rest; communities are numbered by size. Each row lists
# its most connected members.

# %%
found = relation_graph.communities(graph, seed=0)
weighted_degree = central.set_index("node")["weighted_degree"]
community_table = pd.DataFrame([
    {"community": number, "nodes": len(members),
     **{kind: sum(graph.nodes[m]["type"] == kind for m in members)
        for kind in relation_graph.NODE_TYPES},
     "most connected members (▸ outcome)": "、".join(
         ("▸" if graph.nodes[m]["type"] == "outcome" else "") + graph.nodes[m]["label"]
         for m in sorted(members, key=lambda m: (-weighted_degree[m], m))[:6])}
    for number, members in enumerate(found)]).set_index("community")
display(Markdown(
    f"{len(found)} communities; the {min(len(found), 10)} largest hold "
    f"{community_table['nodes'].head(10).sum()} of {graph.number_of_nodes()} nodes."))
community_table.head(10)

# %% [markdown]
# ## The graph
#
# The figure draws every component of at least five nodes (the rest are isolated pairs and
# triples, listed in the exports). Each component is laid out on its own (Kamada–Kawai) and the
# components are packed largest first. Node size grows with the sentences a node appears in;
# an edge's width grows with its evidence sentences, and it is dark where two or more reports
# make the same link. Outcome nodes are counted indicators only (see `womenfed.graph`). Labels
# are 9 pt at the saved size and placed where they cover no other label and no node; a label
# with no free place is left out and listed below the figure.

# %%
MIN_COMPONENT = 5
shown = graph.subgraph(sorted(n for c in components if len(c) >= MIN_COMPONENT for n in c))
positions = relation_graph.layout(shown)
fig, hidden = relation_graph.draw_graph(
    shown, positions, figsize=(16, 13),
    title="Campaigns, partner agencies and outcome indicators linked in one sentence")
fig.legend(handles=[Line2D([], [], marker="o", linestyle="", markersize=9, color=colour, label=kind)
                    for kind, colour in relation_graph.TYPE_COLOURS.items()]
           + [Line2D([], [], color="#404040", linewidth=2, label="link made in 2+ reports"),
              Line2D([], [], color="#a0a0a0", linewidth=2, label="link made in 1 report")],
           title="node type / edge", loc="upper left", frameon=True, fontsize=9)
saved = plotting.save_figure(fig, "04-relation-graph")
display(Markdown(
    f"Drawn: {shown.number_of_nodes()} of {graph.number_of_nodes()} nodes, "
    f"{shown.number_of_edges()} of {graph.number_of_edges()} edges, in "
    f"{sum(len(c) >= MIN_COMPONENT for c in components)} components; "
    + (f"labels left out for want of room: {'、'.join(shown.nodes[k]['label'] for k in hidden)}."
       if hidden else "every node labelled.")))
saved

# %% [markdown]
# ## Exports for Gephi and the browser
#
# The whole graph (all components) is written to `data/exports/`: GraphML and GEXF open in
# Gephi (the GEXF carries the layout and colours; evidence sentences are an edge attribute,
# one per line), and `relations.html` is a single self-contained page — no network, no
# scripts from elsewhere — where hovering over a node or edge shows its evidence sentences.

# %%
written = relation_graph.export_graph(graph, paths.EXPORTS, "relations")
pd.DataFrame({"file": [p.name for p in written], "bytes": [p.stat().st_size for p in written]})
