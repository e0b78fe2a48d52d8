"""The DeclarationRenderer of ASYCUDA-shaped countries: xsdata writes the XML, lxml and the rules judge it."""

from lxml import etree
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

from adapters.declaration.as_built import as_built
from adapters.declaration.country import CountrySchema
from adapters.declaration.rules import business_problems
from adapters.declaration.schema_guide import root_name, type_descriptions
from adapters.declaration.schema_messages import SchemaMessages
from adapters.declaration.xml_document import parse_declaration
from domain.declaration.as_built import BuiltDeclaration
from domain.declaration.declaration import Declaration
from domain.goods.problems import RowProblem


class XsdataDeclarationRenderer:
    """One country's renderer; the XSD is compiled once, here."""

    def __init__(self, country: CountrySchema) -> None:
        self.country = country.iso
        self._country = country
        self._schema_bytes = country.schema_bytes()
        xsd = etree.fromstring(self._schema_bytes, base_url=country.xsd_path.as_uri())
        self._xsd = etree.XMLSchema(xsd)
        self._root_name = root_name(xsd)
        self._messages = SchemaMessages(self._root_name, type_descriptions(xsd))
        self._serializer = XmlSerializer(config=SerializerConfig(encoding="UTF-8", indent="  "))

    def render(self, declaration: Declaration) -> bytes:
        """Raises DeclarationRenderError only for a header code outside the schema's lists."""
        return self._serializer.render(self._country.to_binding(declaration, self._country)).encode("utf-8")

    def validate(self, xml: bytes) -> list[RowProblem]:
        document = parse_declaration(xml)
        if isinstance(document, RowProblem):
            return [document]
        self._xsd.validate(document)
        problems = [self._messages.problem(error, document) for error in self._xsd.error_log]
        if document.tag == self._root_name:
            problems += business_problems(document, self._country)
        return problems

    def schema(self) -> bytes:
        return self._schema_bytes

    def as_built(self, xml: bytes, part: int, parts: int) -> BuiltDeclaration:
        return as_built(xml, part, parts)
