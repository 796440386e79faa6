package org.goldseam.search.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The full-text index of a vault's notes, held in memory only. It lives in a
 * {@link ByteBuffersDirectory}: Lucene's segments, merges and temporary files all stay on the heap,
 * so no note text ever reaches the disk outside the encrypted vault (ADR 0007). It is rebuilt from
 * the vault after each unlock and dropped when the vault closes.
 *
 * <p>One document per session note. Text fields are stored (for snippets) and indexed twice:
 * stemmed, for words and phrases, and whole, for prefixes. Thread-safe.
 */
public final class NoteIndex implements AutoCloseable {
    private static final String NOTE = "note";
    private static final String CLIENT = "client";
    private static final String STARTS = "starts";
    private static final String STARTS_STORED = "starts_stored";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public NoteIndex() {
        Map<String, Analyzer> exact = new java.util.HashMap<>();
        Analyzer whole = NoteAnalyzer.exact();
        for (TextSource source : TextSource.values()) {
            exact.put(source.exactField(), whole);
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(NoteAnalyzer.stemmed(), exact))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setCommitOnClose(false);
        try {
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the note, or replaces what the index had for it. Visible to searches after {@link #refresh()}. */
    public void put(NoteText note) {
        Document doc = new Document();
        doc.add(new StringField(NOTE, Long.toString(note.noteId()), Field.Store.YES));
        doc.add(new StringField(CLIENT, Long.toString(note.clientId()), Field.Store.YES));
        long millis = note.startsAt().toInstant().toEpochMilli();
        doc.add(new LongPoint(STARTS, millis));
        doc.add(new StoredField(STARTS_STORED, millis));
        for (TextSource source : TextSource.values()) {
            for (String text : note.texts(source)) {
                if (text != null && !text.isBlank()) {
                    doc.add(new TextField(source.field(), text, Field.Store.YES));
                    doc.add(new TextField(source.exactField(), text, Field.Store.NO));
                }
            }
        }
        try {
            writer.updateDocument(new Term(NOTE, Long.toString(note.noteId())), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteNote(long noteId) {
        delete(new Term(NOTE, Long.toString(noteId)));
    }

    public void deleteClient(long clientId) {
        delete(new Term(CLIENT, Long.toString(clientId)));
    }

    private void delete(Term term) {
        try {
            writer.deleteDocuments(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change so far visible to searches; waits until it is. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes in the index. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Every note matching {@code query}, best first. Private notes are searched only when
     * {@code includePrivate}; a window [{@code from}, {@code toExclusive}) limits the sessions when given.
     */
    public List<NoteHit> search(TextQuery query, boolean includePrivate, Instant from, Instant toExclusive) {
        if (query.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query.lucene(sources(includePrivate)), Occur.MUST);
        if (from != null || toExclusive != null) {
            long low = from == null ? Long.MIN_VALUE : from.toEpochMilli();
            long high = toExclusive == null ? Long.MAX_VALUE : toExclusive.toEpochMilli() - 1;
            builder.add(LongPoint.newRangeQuery(STARTS, low, high), Occur.FILTER);
        }
        Query lucene = builder.build();
        return withSearcher(searcher -> {
            int count = searcher.count(lucene);
            if (count == 0) {
                return List.of();
            }
            TopDocs top = searcher.search(lucene, count);
            StoredFields stored = searcher.storedFields();
            List<NoteHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc, java.util.Set.of(NOTE, CLIENT, STARTS_STORED));
                hits.add(new NoteHit(Long.parseLong(doc.get(NOTE)), Long.parseLong(doc.get(CLIENT)),
                        OffsetDateTime.ofInstant(Instant.ofEpochMilli(doc.getField(STARTS_STORED).numericValue().longValue()),
                                ZoneOffset.UTC), sd.score));
            }
            return hits;
        });
    }

    /**
     * Snippets of the note's texts where the query matches, at most {@code max}, in source order.
     * Private text is only looked at when {@code includePrivate}.
     */
    public List<Snippet> snippets(long noteId, TextQuery query, boolean includePrivate, int max) {
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(NOTE, Long.toString(noteId))), 1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
            List<Snippet> snippets = new ArrayList<>();
            for (TextSource source : sources(includePrivate)) {
                for (String text : doc.getValues(source.field())) {
                    Snippet snippet = snippets.size() < max ? Snippets.of(source, text, query) : null;
                    if (snippet != null) {
                        snippets.add(snippet);
                    }
                }
            }
            return snippets;
        });
    }

    private static List<TextSource> sources(boolean includePrivate) {
        List<TextSource> sources = new ArrayList<>(List.of(TextSource.values()));
        if (!includePrivate) {
            sources.remove(TextSource.PRIVATE);
        }
        return sources;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the index and everything it held. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
