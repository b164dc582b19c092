"""Splitting `info.description` and `info.x-overview` into overview sections."""

from __future__ import annotations

from invoiced_docs._overview import INTRODUCTION, overview_markdown, sections, split_code


def test_sections_split_on_top_level_headings_only() -> None:
    text = "Lead.\n\n# One\n\nBody one.\n\n## Detail\n\nMore.\n\n# Two\n\n```\n# not a heading\n```\n"
    found = sections(text)
    assert [s.title for s in found] == ["", "One", "Two"]
    assert found[0].body == "Lead."
    # Subheadings move one level down, under the section's h2.
    assert "### Detail" in found[1].body
    assert "# not a heading" in found[2].body and "## not a heading" not in found[2].body


def test_text_without_headings_is_one_untitled_section() -> None:
    assert [(s.title, s.body) for s in sections("Just prose.")] == [("", "Just prose.")]


def test_fenced_code_leaves_the_prose_for_the_dark_column() -> None:
    body = 'Before.\n\n```shell\ncurl -g "x?a[b]=1"\n```\n\nAfter.\n\n~~~\nLink: <x>\n~~~'
    prose, blocks = split_code(body)
    assert prose == "Before.\n\n\nAfter."
    assert blocks == ['```shell\ncurl -g "x?a[b]=1"\n```', "~~~\nLink: <x>\n~~~"]


def test_x_overview_continues_the_introduction_after_the_description() -> None:
    info = {"description": "Short intro.\n", "x-overview": "More intro.\n\n# Errors\n\nStatuses.\n"}
    found = sections(overview_markdown(info))
    assert [s.title for s in found] == [INTRODUCTION, "Errors"]
    assert found[0].body == "Short intro.\n\nMore intro."


def test_an_overview_without_x_overview_is_the_introduction_alone() -> None:
    assert [(s.title, s.body) for s in sections(overview_markdown({"description": "Hi."}))] == [(INTRODUCTION, "Hi.")]
