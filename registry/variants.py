"""Other ways of writing part of a registered name, same meaning, by language ("United Nations" and "UN",
"droits de l'homme" and "droits humains", a Spanish title's feminine), and a Chinese title's printed forms.
:class:`registry.names.Resolver` registers each spelling with each replacement too (reason "spelling_variant"),
unless another body holds the result.
"""

from __future__ import annotations

from registry import forms

__all__ = ["VARIANTS", "variants"]

#: Other ways of writing part of a name, same meaning: each registered spelling of the language is
#: registered with each replacement too (reason "spelling_variant"), unless another body holds the result.
VARIANTS = {
    "en": (
        ("United Nations ", "UN "),
        (" of the United Nations", " of the UN"),
        ("Organization of", "Organisation of"),
    ),
    "fr": (
        # a rapporteur's title with "of the UN" inside it, and in the feminine or masculine
        ("Rapporteur spécial sur", "Rapporteuse spéciale sur"),
        ("Rapporteuse spéciale sur", "Rapporteur spécial sur"),
        # ("ancienne rapporteure spéciale sur les droits à la liberté de réunion pacifique et d'association",
        # https://fr.qwe.wiki/wiki/United_Nations_Special_Rapporteur)
        ("Rapporteur spécial sur", "Rapporteure spéciale sur"),
        ("Rapporteur spécial sur", "Rapporteur spécial des Nations Unies sur"),
        ("Rapporteuse spéciale sur", "Rapporteuse spéciale des Nations Unies sur"),
        ("Rapporteure spéciale sur", "Rapporteure spéciale des Nations Unies sur"),
        ("Comité contre ", "Comité des Nations Unies contre "),  # "le Comité des Nations Unies contre la torture"
        ("Comité pour l'", "Comité des Nations Unies pour l'"),
        (" des Nations Unies", " de l'ONU"),
        ("Haut-Commissaire", "Haute-Commissaire"),
        # a chair's title in the feminine: "la Présidente du Conseil"
        ("Président ", "Présidente "),
        ("droits de l'homme", "droits humains"),  # as French NGOs and the IACHR print it (tests/names/forms.yaml)
    ),
    # "^" marks a prefix: "联合国儿童权利委员会" is printed "儿童权利委员会" too.
    # "的" before "待遇" is printed or not in the torture bodies' long names ("有辱人格(的)待遇或处罚").
    # "与" and "和" both join two nouns in a title ("和平集会与结社自由权" is printed "和平集会和结社自由权" too), and so
    # does "及" ("经济、社会及文化权利委员会" is printed "经济、社会与文化权利委员会").
    "zh": (
        ("^联合国", ""),
        ("有辱人格待遇", "有辱人格的待遇"),
        ("有辱人格的待遇", "有辱人格待遇"),
        ("及", "与"),
        ("与", "和"),
        # a freedom's mandate title is printed without 权 too: "和平集会与结社自由问题特别报告员" for the registered
        # "和平集会与结社自由权问题特别报告员" (the Chinese of communication AL CHN 15/2024's mandate list)
        ("自由权问题", "自由问题"),
        # a council's presidency rotates among the regional groups: the press writes its President 轮值主席 ("瑞士今年获得
        # 人权理事会轮值主席的席位", swissinfo, 2025; "議長ポストを輪番で担当する", VOV, 2025)
        ("理事会主席", "理事会轮值主席"),
        # the High Commissioners' offices are printed 办公室 too ("联合国人权事务高级专员办公室", as Xinhua writes it)
        ("高级专员办事处", "高级专员办公室"),
        # the regional human rights courts are printed 法院 as well as 法庭 ("美洲人权法院", "欧洲人权法院", "非洲人权和
        # 人民权利法院"; https://wikiwand.com/zh-tw/articles/非洲人權與民族權利法院 lists all three so)
        ("人权法庭", "人权法院"),
        ("人民权利法庭", "人民权利法院"),
    ),
    "es": (
        ("Relator Especial sobre", "Relatora Especial sobre"),
        ("Relator Especial de ", "Relatora Especial de "),
        ("Relator Especial para ", "Relatora Especial para "),
        ("Relator Especial sobre", "Relator Especial de las Naciones Unidas sobre"),
        ("Relatora Especial sobre", "Relatora Especial de las Naciones Unidas sobre"),
        (" de las Naciones Unidas", " de Naciones Unidas"),
        (" de las Naciones Unidas", " de la ONU"),
        ("del Alto Comisionado", "de la Alta Comisionada"),
        ("Alto Comisionado", "Alta Comisionada"),
        ("Presidente ", "Presidenta "),
        # persons deprived of liberty are "privadas de libertad" and "privadas de la libertad" alike
        ("Privadas de Libertad", "Privadas de la Libertad"),
    ),
}


def variants(surface: str, lang: str | None) -> list[str]:
    """The other ways of writing ``surface`` (:data:`VARIANTS`), without ``surface`` itself.

    >>> variants("联合国儿童权利委员会", "zh")
    ['儿童权利委员会']
    >>> variants("言论自由问题报告员", "zh")
    ['言论自由问题特别报告员', '言论自由特别报告员']
    >>> variants("Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos", "es")[:2]
    ['Oficina del Alto Comisionado de Naciones Unidas para los Derechos Humanos', 'Oficina del Alto Comisionado de la ONU para los Derechos Humanos']
    """
    written = [surface]
    for old, new in VARIANTS.get(lang or "", ()):
        if old.startswith("^"):
            # only a rest long enough to name one body: "联合国人权机制" is no "人权机制" of the UN's
            cut = [new + form[len(old) - 1 :] for form in written if form.startswith(old[1:])]
            written += [form for form in cut if len(form) >= 5]
        else:
            written += [form.replace(old, new) for form in written if old in form]
    if lang == "zh":
        # a rapporteur's, expert's or working group's title in its other printed forms (…问题特别报告员,
        # …问题报告员, …特别报告员), as the resolver's ``zh_title`` step reads them
        written += [other for form in list(written) for other in forms.zh_title(form) if len(other) >= 5]
    return list(dict.fromkeys(form for form in written if form != surface and len(form) >= 2))
