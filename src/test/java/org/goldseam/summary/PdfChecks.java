package org.goldseam.summary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads generated PDFs back: veraPDF validation, PDFBox text extraction, metadata. */
public final class PdfChecks {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** Failed veraPDF rules for {@code flavour}, one line each ("clause-test: message"); empty when compliant. */
    public static List<String> failedRules(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + (System.getProperty("goldseam.pdf.debug") != null ? " @ " + a.getLocation().getContext() + " " + a.getLocationContext() : ""))
                    .distinct().toList();
        }
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The XMP packet and the document information dictionary, as text. */
    static String metadata(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDMetadata xmp = document.getDocumentCatalog().getMetadata();
            String packet = xmp == null ? "" : new String(xmp.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            var info = document.getDocumentInformation();
            return packet + "\n" + info.getTitle() + "\n" + info.getAuthor() + "\n" + info.getSubject() + "\n"
                    + info.getKeywords() + "\n" + info.getCreator();
        }
    }

    public static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
