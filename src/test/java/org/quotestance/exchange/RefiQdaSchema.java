package org.quotestance.exchange;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The REFI-QDA Project schema from the shared folder, when it is there (it is in CI). */
final class RefiQdaSchema {
    private RefiQdaSchema() {
    }

    static Optional<Path> location() {
        String shared = System.getProperty("quotestance.shared");
        for (Path base : new Path[]{shared == null ? null : Path.of(shared), Path.of("/work/shared")}) {
            if (base != null) {
                Path xsd = base.resolve("schemas/refi-qda/Project.xsd");
                if (Files.isRegularFile(xsd)) {
                    return Optional.of(xsd);
                }
            }
        }
        return Optional.empty();
    }

    static void validate(Path xsd, byte[] projectQde) throws SAXException, IOException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = f.newSchema(xsd.toFile());
        var v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new ByteArrayInputStream(projectQde)));
    }
}
