from adapters.classification.agent.knowledge_files import knowledge_files


def test_documents_are_grouped_by_their_first_two_characters_and_sorted() -> None:
    files = knowledge_files([("851712", "phones"), ("ru:ноутбук", "лэптоп -> 847130"), ("847130", "laptops")])

    assert [(f.group, f.content.decode()) for f in files] == [
        ("84", "## 847130\nlaptops"),
        ("85", "## 851712\nphones"),
        ("ru", "## ru:ноутбук\nлэптоп -> 847130"),
    ]


def test_the_digest_follows_the_content_only() -> None:
    first = knowledge_files([("847130", "laptops "), ("847141", "desktops")])
    again = knowledge_files([("847141", "desktops"), ("847130", " laptops")])
    edited = knowledge_files([("847130", "laptops"), ("847141", "desktop computers")])

    assert first[0].digest == again[0].digest
    assert first[0].digest != edited[0].digest
    assert first[0].filename == f"gumruk-84-{first[0].digest}.md"


def test_a_group_unsafe_in_a_file_name_is_escaped_there() -> None:
    [file] = knowledge_files([("a/b", "text")])

    assert file.group == "a/"
    assert file.filename.startswith("gumruk-a_-")
