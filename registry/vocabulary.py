"""Every controlled vocabulary of the graph, each defined once, with its values in plain words.

The seed models validate against these, the dashboard's filters and legends list them, and the
benchmark generator draws from them: adding a value here adds it everywhere. Each value has its
words in English, and in French, Chinese and Spanish (the languages the dashboard labels in), in
the usage of the United Nations' own texts in those languages.

>>> ACTIVITY_KINDS.label("joint_visit")
'joint visit'
>>> "collective" in OWNER_ROLES, OWNER_ROLES.values[0]
(True, 'lead')
>>> REFERENCE_KINDS.label("not-a-kind")
'not-a-kind'
>>> REFERENCE_KINDS.label("shares_information")
'shares information with'
>>> MECHANISM_KINDS.label("special_procedure", "zh"), ACTIVITY_STATUSES.label("held", "fr")
('特别程序', 'réalisé')
>>> SYSTEMS.label("UN", "de")   # a language without labels: English
'UN'
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from graph.links import LINK_TYPES as _LINK_TYPES

__all__ = [
    "Vocabulary",
    "in_languages",
    "LANGUAGES",
    "SYSTEMS",
    "REGIONS",
    "MECHANISM_KINDS",
    "DOCUMENT_KINDS",
    "REFERENCE_KINDS",
    "REFERENCE_STATUSES",
    "ACTIVITY_KINDS",
    "ACTIVITY_STATUSES",
    "PARTICIPANT_ROLES",
    "DATE_PRECISIONS",
    "EVENT_KINDS",
    "WORKPLAN_KINDS",
    "TERMS",
    "ITEM_STATUSES",
    "OWNER_ROLES",
    "PROGRESS_STATUSES",
    "CANDIDATE_KINDS",
    "CANDIDATE_STATUSES",
    "PARAGRAPH_KINDS",
    "NAME_DECISIONS",
    "LINK_TYPES",
]


@dataclass(frozen=True)
class Vocabulary:
    """The values of one property, in order, each with the words a person reads."""

    name: str
    labels: dict[str, str]
    #: language -> value -> words, for the languages other than English
    translations: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def label(self, value: str, lang: str = "en") -> str:
        """The plain words for ``value`` in ``lang`` (English when it has none there); an unknown value as it is."""
        if lang != "en" and value in self.translations.get(lang, {}):
            return self.translations[lang][value]
        return self.labels.get(value, value)

    def __iter__(self) -> Iterator[str]:
        return iter(self.labels)

    def __contains__(self, value: object) -> bool:
        return value in self.labels

    def __len__(self) -> int:
        return len(self.labels)


def _plain(name: str, *values: str, **labels: str) -> Vocabulary:
    """A vocabulary whose labels are the values with spaces for underscores, unless given."""
    return Vocabulary(name, {value: labels.get(value, value.replace("_", " ")) for value in values})


def in_languages(vocabulary: Vocabulary, **languages: tuple[str, ...]) -> Vocabulary:
    """``vocabulary`` with its words in other languages, given in the order of its values (one for each)."""
    translations = {}
    for lang, words in languages.items():
        if len(words) != len(vocabulary):
            raise ValueError(f"{vocabulary.name}: {len(words)} {lang} labels for {len(vocabulary)} values")
        translations[lang] = dict(zip(vocabulary.values, words, strict=True))
    return replace(vocabulary, translations=translations)


LANGUAGES = in_languages(
    Vocabulary("language", {"en": "English", "fr": "Français", "zh": "中文", "es": "Español"}),
    fr=("anglais", "français", "chinois", "espagnol"),
    zh=("英文", "法文", "中文", "西班牙文"),
    es=("inglés", "francés", "chino", "español"),
)

SYSTEMS = in_languages(
    _plain(
        "system", "UN", "regional", "subregional", "national", "civil_society", "other", civil_society="civil society"
    ),
    fr=("ONU", "régional", "sous-régional", "national", "société civile", "autre"),
    zh=("联合国", "区域", "次区域", "国家", "民间社会", "其他"),
    es=("ONU", "regional", "subregional", "nacional", "sociedad civil", "otro"),
)
REGIONS = in_languages(
    _plain(
        "region",
        "africa",
        "americas",
        "europe",
        "asia_pacific",
        "middle_east_north_africa",
        "global",
        africa="Africa",
        americas="the Americas",
        europe="Europe",
        asia_pacific="Asia-Pacific",
        middle_east_north_africa="Middle East and North Africa",
    ),
    fr=("Afrique", "Amériques", "Europe", "Asie-Pacifique", "Moyen-Orient et Afrique du Nord", "mondial"),
    zh=("非洲", "美洲", "欧洲", "亚洲及太平洋", "中东和北非", "全球"),
    es=("África", "las Américas", "Europa", "Asia y el Pacífico", "Oriente Medio y Norte de África", "mundial"),
)
MECHANISM_KINDS = in_languages(
    _plain(
        "mechanism kind",
        "treaty_body",
        "special_procedure",
        "charter_body",
        "court",
        "commission",
        "committee",
        "secretariat_unit",
        "agency",
        "parliament",
        "network",
        "actor_class",
        "office",
        "other",
        actor_class="class of actors",
        secretariat_unit="secretariat unit",
    ),
    fr=(
        "organe conventionnel",
        "procédure spéciale",
        "organe créé en vertu de la Charte",
        "cour",
        "commission",
        "comité",
        "service du secrétariat",
        "institution",
        "parlement",
        "réseau",
        "catégorie d'acteurs",
        "bureau",
        "autre",
    ),
    # A commission and a committee are both 委员会 in the UN's Chinese; a committee that is no treaty body
    # is told apart as 专门委员会, so that a filter never shows two identical choices.
    zh=(
        "条约机构",
        "特别程序",
        "《宪章》机构",
        "法院",
        "委员会",
        "专门委员会",
        "秘书处单位",
        "机构",
        "议会",
        "网络",
        "行为体类别",
        "办事处",
        "其他",
    ),
    es=(
        "órgano de tratado",
        "procedimiento especial",
        "órgano basado en la Carta",
        "corte",
        "comisión",
        "comité",
        "unidad de la secretaría",
        "organismo",
        "parlamento",
        "red",
        "categoría de actores",
        "oficina",
        "otro",
    ),
)
DOCUMENT_KINDS = in_languages(
    _plain("document kind", "report", "concept_note", "guidance", "resolution", "decision", "other"),
    fr=("rapport", "note conceptuelle", "orientations", "résolution", "décision", "autre"),
    zh=("报告", "概念说明", "指导", "决议", "决定", "其他"),
    es=("informe", "nota conceptual", "orientaciones", "resolución", "decisión", "otro"),
)

# Each reference kind reads as the verb of "<who> <kind> <whom>".
REFERENCE_KINDS = in_languages(
    _plain(
        "reference kind",
        "cites_case_law",
        "follows_up_recommendations",
        "takes_into_account",
        "quotes",
        "submits_information_to",
        "implements_recommendations_of",
        "shares_information",
        follows_up_recommendations="follows up the recommendations of",
        implements_recommendations_of="implements the recommendations of",
        shares_information="shares information with",
    ),
    fr=(
        "cite la jurisprudence de",
        "assure le suivi des recommandations de",
        "tient compte de",
        "cite",
        "communique des informations à",
        "met en œuvre les recommandations de",
        "échange des informations avec",
    ),
    zh=("援引判例", "跟进建议", "考虑到", "引用", "提交资料", "执行建议", "交流资料"),
    es=(
        "cita la jurisprudencia de",
        "da seguimiento a las recomendaciones de",
        "tiene en cuenta",
        "cita",
        "presenta información a",
        "aplica las recomendaciones de",
        "comparte información con",
    ),
)
REFERENCE_STATUSES = in_languages(
    _plain("reference status", "practice", "recommended", "proposed", practice="in practice"),
    fr=("en pratique", "recommandé", "proposé"),
    zh=("实际做法", "建议", "拟议"),
    es=("en la práctica", "recomendado", "propuesto"),
)

ACTIVITY_KINDS = in_languages(
    _plain(
        "activity kind",
        "joint_visit",
        "joint_mission",
        "joint_press_release",
        "joint_statement",
        "joint_report",
        "dialogue",
        "meeting",
        "consultation",
        "staff_exchange",
        "agreement",
        "joint_training",
        "joint_event",
        "information_exchange",
    ),
    fr=(
        "visite conjointe",
        "mission conjointe",
        "communiqué de presse conjoint",
        "déclaration conjointe",
        "rapport conjoint",
        "dialogue",
        "réunion",
        "consultation",
        "échange de personnel",
        "accord",
        "formation conjointe",
        "manifestation conjointe",
        "échange d'informations",
    ),
    zh=(
        "联合访问",
        "联合特派团",
        "联合新闻稿",
        "联合声明",
        "联合报告",
        "对话",
        "会议",
        "磋商",
        "人员交流",
        "协议",
        "联合培训",
        "联合活动",
        "信息交流",
    ),
    es=(
        "visita conjunta",
        "misión conjunta",
        "comunicado de prensa conjunto",
        "declaración conjunta",
        "informe conjunto",
        "diálogo",
        "reunión",
        "consulta",
        "intercambio de personal",
        "acuerdo",
        "capacitación conjunta",
        "evento conjunto",
        "intercambio de información",
    ),
)
ACTIVITY_STATUSES = in_languages(
    _plain("activity status", "held", "planned", "proposed"),
    fr=("réalisé", "prévu", "proposé"),
    zh=("已举行", "计划中", "拟议"),
    es=("realizado", "previsto", "propuesto"),
)
PARTICIPANT_ROLES = in_languages(
    _plain("participant role", "organizer", "participant", "host", "signatory"),
    fr=("organisateur", "participant", "hôte", "signataire"),
    zh=("组织方", "参与方", "东道方", "签署方"),
    es=("organizador", "participante", "anfitrión", "signatario"),
)
DATE_PRECISIONS = in_languages(
    _plain("date precision", "day", "month", "year", "unknown"),
    fr=("jour", "mois", "année", "inconnue"),
    zh=("日", "月", "年", "不详"),
    es=("día", "mes", "año", "desconocida"),
)

EVENT_KINDS = in_languages(
    _plain(
        "event kind", "workshop", "regional_consultation", "focal_point_meeting", "seminar", "meeting", "conference"
    ),
    fr=("atelier", "consultation régionale", "réunion des points focaux", "séminaire", "réunion", "conférence"),
    zh=("讲习班", "区域磋商", "协调人会议", "研讨会", "会议", "大会"),
    es=("taller", "consulta regional", "reunión de coordinadores", "seminario", "reunión", "conferencia"),
)

WORKPLAN_KINDS = in_languages(
    _plain("workplan kind", "workplan", "recommendations"),
    fr=("plan de travail", "recommandations"),
    zh=("工作计划", "建议"),
    es=("plan de trabajo", "recomendaciones"),
)
TERMS = in_languages(
    _plain("term", "short", "mid", "long", short="short term", mid="medium term", long="long term"),
    fr=("court terme", "moyen terme", "long terme"),
    zh=("短期", "中期", "长期"),
    es=("corto plazo", "medio plazo", "largo plazo"),
)
ITEM_STATUSES = in_languages(
    _plain("item status", "agreed", "recommended", "proposed", "ongoing", "done"),
    fr=("convenu", "recommandé", "proposé", "en cours", "achevé"),
    zh=("已商定", "建议", "拟议", "进行中", "已完成"),
    es=("acordado", "recomendado", "propuesto", "en curso", "terminado"),
)
OWNER_ROLES = in_languages(
    _plain(
        "ownership role",
        "lead",
        "named",
        "in_particular",
        "collective",
        named="named owner",
        in_particular="named in particular",
        collective="collective (a class of bodies)",
    ),
    fr=("chef de file", "responsable désigné", "désigné en particulier", "collectif (une catégorie d'organes)"),
    zh=("牵头方", "指定负责方", "特别指明", "集体（一类机构）"),
    es=(
        "responsable principal",
        "responsable designado",
        "mencionado en particular",
        "colectivo (una categoría de órganos)",
    ),
)

#: What ingestion proposes for review, and where a proposal stands.
CANDIDATE_KINDS = in_languages(
    _plain("candidate kind", "activity", "reference", "workplan_owner", workplan_owner="workplan owner"),
    fr=("activité", "référence", "responsable d'un plan de travail"),
    zh=("活动", "引用", "工作计划负责方"),
    es=("actividad", "referencia", "responsable del plan de trabajo"),
)
CANDIDATE_STATUSES = in_languages(
    _plain("candidate status", "candidate", "accepted", "rejected"),
    fr=("à examiner", "accepté", "rejeté"),
    zh=("待审", "已接受", "已拒绝"),
    es=("por examinar", "aceptado", "rechazado"),
)
#: Where an owner stands on a workplan item (progress.yaml).
PROGRESS_STATUSES = in_languages(
    _plain("progress", "not_started", "in_progress", "done", "dropped"),
    fr=("pas commencé", "en cours", "achevé", "abandonné"),
    zh=("未开始", "进行中", "已完成", "已放弃"),
    es=("no iniciado", "en curso", "terminado", "abandonado"),
)
#: The pieces of an ingested document.
PARAGRAPH_KINDS = in_languages(
    _plain(
        "paragraph kind",
        "paragraph",
        "text",
        "annex_item",
        "footnote",
        "masthead",
        text="unnumbered text",
        annex_item="annex item",
        masthead="masthead (the document's letterhead; names no body)",
    ),
    fr=("paragraphe", "texte non numéroté", "point d'annexe", "note de bas de page", "en-tête du document"),
    zh=("段落", "未编号文本", "附件项目", "脚注", "文件抬头"),
    es=("párrafo", "texto sin numerar", "punto del anexo", "nota al pie", "encabezado del documento"),
)
#: How a person settles a name that ingestion found and the registry lacks (decisions/names.yaml).
NAME_DECISIONS = in_languages(
    _plain(
        "name decision",
        "alias",
        "new_body",
        "not_a_body",
        alias="a spelling of a known body",
        new_body="a new body",
        not_a_body="not a body",
    ),
    fr=("une graphie d'un organe connu", "un nouvel organe", "pas un organe"),
    zh=("已知机构的另一写法", "新机构", "不是机构"),
    es=("una grafía de un órgano conocido", "un órgano nuevo", "no es un órgano"),
)

#: The derived body-to-body links (defined with the Cypher that builds them, in graph.links).
LINK_TYPES = in_languages(
    Vocabulary("link type", _LINK_TYPES),
    fr=("références", "activité conjointe", "rencontre lors d'une manifestation", "liaison par points focaux"),
    zh=("引用", "联合活动", "在活动中会面", "协调人联络"),
    es=("referencias", "actividad conjunta", "encuentro en un evento", "enlace por coordinadores"),
)
