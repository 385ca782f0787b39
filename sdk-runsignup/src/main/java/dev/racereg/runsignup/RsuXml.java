package dev.racereg.runsignup;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.racereg.core.internal.codec.Codecs;

/**
 * The XML mapper (jackson-dataformat-xml) for RunSignup's {@code format=xml} documents, configured
 * like the SDK's JSON mapper. It lives here because RunSignup is the only platform that speaks
 * XML: users of the other clients do not download XML support.
 */
final class RsuXml {

  private static final XmlMapper XML = Codecs.configure(XmlMapper.builder()).build();

  private RsuXml() {}

  /** The shared mapper. Treat it as read-only: derive a reader or writer from it. */
  static XmlMapper mapper() {
    return XML;
  }
}
