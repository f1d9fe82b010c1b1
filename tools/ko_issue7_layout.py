"""Korean for the strings added while fixing layouts for longer translations (issue 7)."""

KO_LAYOUT: dict[tuple[str, str], str] = {
    ("ResourcesView", "&Kind:"): "유형(&K):",
}
