"""What each element of a country XSD must hold, in words: the documentation of its simple type, by path."""

from lxml import etree

XS = "{http://www.w3.org/2001/XMLSchema}"
BUILT_IN = {"xs:boolean": "true or false"}


def root_name(xsd: etree._Element) -> str:
    """The one global element: the declaration's root."""
    return xsd.find(f"{XS}element").get("name", "")


def type_descriptions(xsd: etree._Element) -> dict[str, str]:
    """'Item/Tarification/HScode/Commodity_code' or 'Item/@number' -> '8 digits: ...' (paths below the root).

    Reads schemas written like ours: one global root element, named complex and simple types, sequences.
    """
    documented = BUILT_IN | {
        simple.get("name", ""): " ".join(simple.findtext(f"{XS}annotation/{XS}documentation", "").split())
        for simple in xsd.iterfind(f"{XS}simpleType")
    }
    complex_types = {complex_type.get("name"): complex_type for complex_type in xsd.iterfind(f"{XS}complexType")}
    descriptions: dict[str, str] = {}

    def walk(complex_type: etree._Element, prefix: str) -> None:
        for element in complex_type.iterfind(f"{XS}sequence/{XS}element"):
            path, type_name = prefix + element.get("name", ""), element.get("type")
            if type_name in complex_types:
                walk(complex_types[type_name], path + "/")
            elif documented.get(type_name or ""):
                descriptions[path] = documented[type_name or ""]
        for attribute in complex_type.iterfind(f"{XS}attribute"):
            if documented.get(attribute.get("type") or ""):
                descriptions[f"{prefix}@{attribute.get('name')}"] = documented[attribute.get("type") or ""]

    root = xsd.find(f"{XS}element/{XS}complexType")
    if root is not None:
        walk(root, "")
    return descriptions
