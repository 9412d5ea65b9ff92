"""The dashboard's own words that a person reads as values (node types, "undated", the legend's entries), in
the label languages; the graph's vocabularies (kinds, statuses, systems…) are ``registry.vocabulary``'s.

>>> WORDS.label("undated", "zh"), NODE_TYPES.label("classes", "fr")
('未注明日期', "catégories d'organes")
"""

from __future__ import annotations

from registry.vocabulary import Vocabulary, in_languages

__all__ = ["WORDS", "NODE_TYPES"]

WORDS = in_languages(
    Vocabulary(
        "word",
        {
            "all": "all",
            "undated": "date not stated",
            "unknown": "unknown",
            "body": "body",
            "organisation": "organisation",
            "class": "class of bodies (e.g. NHRIs)",
            "arrow": "(arrow: who cites whom)",
            "held": "held (took place, or in practice)",
            "proposed": "proposed (a workplan or recommendation only)",
            "colour": "Colour",
            "shape": "Shape",
            "links": "Links (colour)",
            "status": "Status (line)",
            "width": "Width",
            "facts": "the number of facts behind a link",
        },
    ),
    fr=(
        "tous",
        "date non précisée",
        "inconnu",
        "organe",
        "organisation",
        "catégorie d'organes (p. ex. les INDH)",
        "(flèche : qui cite qui)",
        "réalisé (a eu lieu, ou en pratique)",
        "proposé (plan de travail ou recommandation seulement)",
        "Couleur",
        "Forme",
        "Liens (couleur)",
        "Statut (trait)",
        "Épaisseur",
        "le nombre de faits derrière un lien",
    ),
    zh=(
        "全部",
        "未注明日期",
        "不详",
        "机构",
        "组织",
        "一类机构（如国家人权机构）",
        "（箭头：谁引用谁）",
        "已举行（已进行，或实际做法）",
        "拟议（仅见于工作计划或建议）",
        "颜色",
        "形状",
        "联系（颜色）",
        "状态（线型）",
        "粗细",
        "联系所依据的事实数",
    ),
    es=(
        "todos",
        "fecha no indicada",
        "desconocido",
        "órgano",
        "organización",
        "categoría de órganos (p. ej. las INDH)",
        "(flecha: quién cita a quién)",
        "realizado (tuvo lugar, o en la práctica)",
        "propuesto (solo un plan de trabajo o una recomendación)",
        "Color",
        "Forma",
        "Enlaces (color)",
        "Estado (línea)",
        "Grosor",
        "el número de hechos detrás de un enlace",
    ),
)

#: The kinds of node the network page can show.
NODE_TYPES = in_languages(
    Vocabulary("node type", {"bodies": "bodies", "organisations": "organisations", "classes": "classes of bodies"}),
    fr=("organes", "organisations", "catégories d'organes"),
    zh=("机构", "组织", "机构类别"),
    es=("órganos", "organizaciones", "categorías de órganos"),
)
