"""Where the nodes of the network go: fixed positions, the same graph giving the same picture.

Small networks are laid out by networkx's spring layout. Its cost grows with the square of
the number of nodes (over a second at 500 nodes, tens of seconds at 5,000), so larger ones get the same
Fruchterman-Reingold forces computed in near-linear time: pivot MDS (Brandes and Pich, 2006)
for the starting positions, then a few dozen steps in which the repulsion of all nodes comes
from a grid by FFT convolution and only close pairs are counted exactly.

Positions only: :mod:`dashboard.drawing` draws them (as networkx keeps ``drawing/layout.py``
apart from ``drawing/nx_pylab.py``).
"""

from __future__ import annotations

import networkx as nx
import numpy as np

__all__ = ["layout", "spread", "separate", "SMALL"]


#: Up to this many nodes, networkx's exact spring layout (fast enough there, and well known).
SMALL = 300


def layout(nodes: list[dict], edges: list[dict], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Fixed positions (the same graph gives the same picture), spread with the number of nodes.

    >>> positions = layout([{"id": "a"}, {"id": "b"}, {"id": "c"}], [{"source": "a", "target": "b"}])
    >>> sorted(positions) == ["a", "b", "c"] and positions == layout([{"id": "c"}, {"id": "b"}, {"id": "a"}],
    ...                                                              [{"source": "a", "target": "b"}])
    True
    """
    ids = sorted({node["id"] for node in nodes})
    if not ids:
        return {}
    index = {node: i for i, node in enumerate(ids)}
    pairs = np.array(
        [
            (index[edge["source"]], index[edge["target"]])
            for edge in edges
            if edge["source"] in index and edge["target"] in index and edge["source"] != edge["target"]
        ],
        dtype=np.int64,
    ).reshape(-1, 2)
    if len(ids) <= SMALL:
        graph = nx.Graph()
        graph.add_nodes_from(range(len(ids)))
        graph.add_edges_from(pairs.tolist())
        found = nx.spring_layout(graph, seed=seed, iterations=50, k=3 / len(ids) ** 0.5)
        xy = np.array([found[i] for i in range(len(ids))], dtype=float).reshape(-1, 2)
    else:
        xy = spread(len(ids), pairs[:, 0], pairs[:, 1], seed=seed)
    xy -= xy.mean(axis=0)
    xy /= np.abs(xy).max() or 1.0
    # About 120 units a node across, so that labels stay readable once the drawing is fitted to the page.
    xy *= 120 * len(ids) ** 0.5
    return {node: (float(x), float(y)) for node, (x, y) in zip(ids, xy, strict=True)}


def spread(n: int, source: np.ndarray, target: np.ndarray, seed: int = 7, iterations: int = 50) -> np.ndarray:
    """Fruchterman-Reingold positions of nodes 0..n-1 linked by (source[i], target[i]), in near-linear time.

    The largest component starts from its pivot MDS, the other nodes on a sunflower spiral
    around it; then every step moves each node along its forces, by at most a shrinking step:
    repulsion 1/d from every node (through the grid, exactly for close pairs), attraction d² along
    edges, and a pull of every smaller component towards the centre, so that none drifts away.
    """
    from scipy import sparse
    from scipy.sparse import csgraph
    from scipy.spatial import cKDTree

    adjacency = sparse.coo_array((np.ones(len(source)), (source, target)), shape=(n, n)).tocsr()
    adjacency = ((adjacency + adjacency.T) > 0).astype(float).tocsr()
    _count, component = csgraph.connected_components(adjacency, directed=False)
    sizes = np.bincount(component)
    by_size = np.argsort(-sizes, kind="stable")
    main = np.flatnonzero(component == by_size[0])
    positions = np.zeros((n, 2))
    placed = 0
    if len(main) > 2:
        start = _pivot_mds(adjacency[main][:, main])
        positions[main] = start / (np.sqrt((start**2).sum(axis=1).mean()) or 1.0) * np.sqrt(len(main) / 2)
        placed = len(main)
    rank = np.empty_like(by_size)
    rank[by_size] = np.arange(len(by_size))
    rest = np.argsort(rank[component], kind="stable")[placed:]  # larger components first, each in one piece
    positions[rest] = _sunflower(placed, len(rest))
    positions += np.random.default_rng(seed).normal(scale=0.05, size=positions.shape)  # parts nodes that start as one

    edges = sparse.triu(adjacency, k=1).tocoo()
    a, b = edges.row, edges.col
    # The natural radius of a Fruchterman-Reingold drawing (ideal edge length 1) of a dense network.
    radius = (n / max(2 * len(a) / n, 1.0)) ** (1 / 3)
    positions *= radius / np.sqrt((positions**2).sum(axis=1).mean())
    mesh = _Mesh(int(np.clip(1.5 * np.sqrt(n), 32, 128)))
    in_main = component == by_size[0]
    step = 0.1 * radius
    for _ in range(iterations):
        force, cell = mesh.repulsion(positions)
        close = cKDTree(positions).query_pairs(cell, output_type="ndarray")
        if len(close):
            delta = positions[close[:, 0]] - positions[close[:, 1]]
            _add(force, close[:, 0], close[:, 1], delta / np.maximum((delta**2).sum(axis=1), 1e-6)[:, None])
        delta = positions[a] - positions[b]
        _add(force, a, b, -delta * np.sqrt((delta**2).sum(axis=1))[:, None])
        # Gravity on the centre of each component, that would hold all nodes in a disc as dense as
        # the largest component (and no denser than the whole at its natural radius).
        edge = np.percentile(np.sqrt((positions[in_main] ** 2).sum(axis=1)), 90)
        centres = np.stack([np.bincount(component, positions[:, 0]), np.bincount(component, positions[:, 1])], axis=1)
        force -= n / max(edge**2 * n / len(main), radius**2) * (centres / sizes[:, None])[component]
        length = np.maximum(np.sqrt((force**2).sum(axis=1)), 1e-9)
        positions += force * (np.minimum(length, step) / length)[:, None]
        step -= 0.1 * radius / (iterations + 1)
    return positions


def separate(
    positions: dict[str, tuple[float, float]],
    boxes: dict[str, tuple[float, float, float]],
    aspect: float = 1.7,
    iterations: int = 300,
) -> dict[str, tuple[float, float]]:
    """Positions whose boxes do not overlap: the drawing first brought to a frame of ``aspect`` (width
    over height) about as large as its boxes need, then overlapping pairs pushed apart along the axis
    where they overlap least, until none does (or ``iterations`` have passed).

    ``boxes`` gives per node its half width, half height and the downward shift of the box's centre
    (a label under a disc). The order of nodes does not matter, and the same input gives the same output.

    >>> moved = separate({"a": (0.0, 0.0), "b": (1.0, 0.0), "c": (500.0, 300.0)},
    ...                  {"a": (20, 10, 0), "b": (20, 10, 0), "c": (20, 10, 0)})
    >>> abs(moved["a"][0] - moved["b"][0]) >= 40 or abs(moved["a"][1] - moved["b"][1]) >= 20
    True
    """
    from scipy.spatial import cKDTree

    ids = sorted(positions)
    if len(ids) < 2:
        return {node: (0.0, 0.0) for node in ids}
    xy = np.array([positions[node] for node in ids], dtype=float)
    half = np.array([boxes[node][:2] for node in ids], dtype=float)
    shift = np.array([boxes[node][2] for node in ids], dtype=float)
    # The frame: as much area as the boxes, four times over, in the given aspect.
    area = 4 * float((4 * half[:, 0] * half[:, 1]).sum())
    width = (area * aspect) ** 0.5
    xy -= xy.mean(axis=0)
    extent = np.abs(xy).max(axis=0)
    xy *= np.array([width / 2, width / aspect / 2]) / np.where(extent > 0, extent, 1.0)
    centre = xy + np.column_stack([np.zeros(len(ids)), shift])
    reach = 2 * float(np.sqrt((half**2).sum(axis=1)).max())
    for _ in range(iterations):
        pairs = cKDTree(centre).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        delta = centre[j] - centre[i]
        overlap = half[i] + half[j] - np.abs(delta)
        hit = (overlap > 0).all(axis=1)
        if not hit.any():
            break
        i, j, delta, overlap = i[hit], j[hit], delta[hit], overlap[hit]
        axis = np.argmin(overlap, axis=1)  # push along the axis that needs the shorter move
        rows = np.arange(len(i))
        sign = np.sign(delta[rows, axis])
        sign[sign == 0] = np.where((i + j)[sign == 0] % 2 == 0, 1.0, -1.0)  # coincident: a fixed, even split
        push = np.zeros_like(delta)
        push[rows, axis] = sign * (overlap[rows, axis] / 2 + 0.5)
        move = np.zeros_like(centre)
        np.add.at(move, i, -push)
        np.add.at(move, j, push)
        # Each node moves by the largest push it gets on each axis, not their sum, so crowds do not explode.
        count = np.maximum(np.bincount(np.concatenate([i, j]), minlength=len(ids)), 1)[:, None]
        centre += move / np.sqrt(count)
    xy = centre - np.column_stack([np.zeros(len(ids)), shift])
    return {node: (float(x), float(y)) for node, (x, y) in zip(ids, xy, strict=True)}


def _add(force: np.ndarray, i: np.ndarray, j: np.ndarray, pull: np.ndarray) -> None:
    """Add the forces ``pull`` on nodes i and their opposite on nodes j."""
    n = len(force)
    for axis in (0, 1):
        force[:, axis] += np.bincount(i, pull[:, axis], n) - np.bincount(j, pull[:, axis], n)


def _pivot_mds(adjacency) -> np.ndarray:
    """Two-dimensional pivot MDS of a connected graph: distances from up to 32 spread-out nodes."""
    from scipy.sparse import csgraph

    n = adjacency.shape[0]
    pivot = int(np.argmax(np.diff(adjacency.indptr)))  # the best connected node first
    rows, nearest = [], np.full(n, np.inf)
    for _ in range(min(32, n)):
        rows.append(csgraph.shortest_path(adjacency, directed=False, unweighted=True, indices=pivot))
        nearest = np.minimum(nearest, rows[-1])
        pivot = int(np.argmax(nearest))  # then the farthest from those chosen
    squared = np.array(rows).T ** 2
    centred = -0.5 * (squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean())
    # einsum rather than BLAS: on a busy machine BLAS threads wait for a core longer than this takes.
    _values, vectors = np.linalg.eigh(np.einsum("ki,kj->ij", centred, centred))  # pivots × pivots
    xy = np.einsum("ki,ij->kj", centred, vectors[:, [-1, -2]])
    sign = np.sign(xy[np.argmax(np.abs(xy), axis=0), [0, 1]])
    return xy * np.where(sign == 0, 1, sign)  # the same picture whatever sign eigh picked


def _sunflower(start: int, count: int) -> np.ndarray:
    """Points start..start+count-1 of a sunflower spiral: evenly spread, one unit of area each."""
    i = np.arange(start, start + count) + 0.5
    angle = i * np.pi * (3 - np.sqrt(5))
    return np.column_stack([np.sqrt(i) * np.cos(angle), np.sqrt(i) * np.sin(angle)])


class _Mesh:
    """Repulsion 1/d from all nodes, through a grid: node counts per cell convolved with the force of one node."""

    def __init__(self, size: int):
        from scipy import fft

        self.size = size
        offsets = np.arange(-(size - 1), size)
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        squared = (dx**2 + dy**2).astype(float)
        squared[size - 1, size - 1] = np.inf
        self.shape = (fft.next_fast_len(3 * size - 2, True),) * 2
        self.kernel = fft.rfft2(dx / squared, self.shape), fft.rfft2(dy / squared, self.shape)

    def repulsion(self, positions: np.ndarray) -> tuple[np.ndarray, float]:
        """The force on every node, and the width of a cell."""
        from scipy import fft, ndimage

        size = self.size
        low = positions.min(axis=0)
        cell = max(float((positions.max(axis=0) - low).max()) / (size - 1), 1e-9)
        low = low - cell / 2
        where = np.minimum(((positions - low) / cell).astype(int), size - 1)
        counts = np.bincount(where[:, 0] * size + where[:, 1], minlength=size * size).reshape(size, size)
        spectrum = fft.rfft2(counts.astype(float), self.shape)
        coordinates = ((positions - low) / cell - 0.5).T
        inside = slice(size - 1, 2 * size - 1)  # the cells of the grid, within the padded convolution
        force = [
            ndimage.map_coordinates(
                fft.irfft2(spectrum * kernel, self.shape)[inside, inside], coordinates, order=1, mode="nearest"
            )
            for kernel in self.kernel
        ]
        return np.column_stack(force) / cell, cell
