package org.goldseam.search.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

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
    /** Doc values (column-wise, uncompressed) of the note, client and start: read for every hit, unlike stored fields. */
    private static final String NOTE_VALUE = "note_dv";
    private static final String CLIENT_VALUE = "client_dv";
    private static final String STARTS_VALUE = "starts_dv";

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
        doc.add(new StringField(NOTE, Long.toString(note.noteId()), Field.Store.NO));
        doc.add(new StringField(CLIENT, Long.toString(note.clientId()), Field.Store.NO));
        long millis = note.startsAt().toInstant().toEpochMilli();
        doc.add(new LongPoint(STARTS, millis));
        doc.add(new NumericDocValuesField(NOTE_VALUE, note.noteId()));
        doc.add(new NumericDocValuesField(CLIENT_VALUE, note.clientId()));
        doc.add(new NumericDocValuesField(STARTS_VALUE, millis));
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
    public List<NoteHit> search(TextQuery query, boolean includePrivate, @Nullable Instant from, @Nullable Instant toExclusive) {
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
        return withSearcher(searcher -> searcher.search(lucene, new HitCollectorManager()));
    }

    /**
     * Every hit in one pass, with note, client and start read from doc values as the hits arrive
     * (no stored fields, no second counting pass). Ordered by score descending, then note id.
     */
    private static final class HitCollector extends SimpleCollector {
        private final List<NoteHit> hits = new ArrayList<>();
        private @Nullable Scorable scorer;
        private @Nullable NumericDocValues notes;
        private @Nullable NumericDocValues clients;
        private @Nullable NumericDocValues starts;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            notes = DocValues.getNumeric(context.reader(), NOTE_VALUE);
            clients = DocValues.getNumeric(context.reader(), CLIENT_VALUE);
            starts = DocValues.getNumeric(context.reader(), STARTS_VALUE);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            // Lucene sets the scorer and the segment's doc values before it collects from that segment
            NumericDocValues notes = this.notes;
            NumericDocValues clients = this.clients;
            NumericDocValues starts = this.starts;
            Scorable scorer = this.scorer;
            if (notes == null || clients == null || starts == null || scorer == null) {
                throw new IllegalStateException("collect before the segment was set");
            }
            if (!notes.advanceExact(doc) || !clients.advanceExact(doc) || !starts.advanceExact(doc)) {
                throw new IllegalStateException("a note document without its ids");
            }
            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochMilli(starts.longValue()), ZoneOffset.UTC);
            hits.add(new NoteHit(notes.longValue(), clients.longValue(), at, scorer.score()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

    }

    /** One collector per index slice (one without an executor), their hits merged and sorted best first. */
    private static final class HitCollectorManager implements CollectorManager<HitCollector, List<NoteHit>> {
        @Override
        public HitCollector newCollector() {
            return new HitCollector();
        }

        @Override
        public List<NoteHit> reduce(Collection<HitCollector> collectors) {
            List<NoteHit> hits = new ArrayList<>();
            for (HitCollector collector : collectors) {
                hits.addAll(collector.hits);
            }
            // equal scores by note id: index order would depend on the order notes were indexed and merged
            // a primitive comparison: a prefix search sorts tens of thousands of hits
            hits.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Long.compare(a.noteId(), b.noteId()));
            return hits;
        }
    }

    /**
     * Snippets of the note's texts where the query matches, at most {@code max}, in source order.
     * Private text is only looked at when {@code includePrivate}.
     */
    public List<Snippet> snippets(long noteId, TextQuery query, boolean includePrivate, int max) {
        return snippets(List.of(noteId), query, includePrivate, max).getOrDefault(noteId, List.of());
    }

    /** {@link #snippets(long, TextQuery, boolean, int)} for several notes at once, by note id (none for notes not indexed). */
    public Map<Long, List<Snippet>> snippets(List<Long> noteIds, TextQuery query, boolean includePrivate, int max) {
        List<TextSource> sources = sources(includePrivate);
        Set<String> fields = new HashSet<>();
        sources.forEach(source -> fields.add(source.field()));
        return withSearcher(searcher -> {
            Map<Long, List<Snippet>> out = new java.util.HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (long noteId : noteIds) {
                int docId = docOf(searcher, noteId);
                if (docId < 0) {
                    continue;
                }
                // only the text fields searched: the private text is not even decompressed into a string otherwise
                Document doc = stored.document(docId, fields);
                List<Snippet> snippets = new ArrayList<>();
                for (TextSource source : sources) {
                    for (String text : doc.getValues(source.field())) {
                        Snippet snippet = snippets.size() < max ? Snippets.of(source, text, query) : null;
                        if (snippet != null) {
                            snippets.add(snippet);
                        }
                    }
                }
                out.put(noteId, snippets);
            }
            return out;
        });
    }

    /** The live document of a note, straight from the postings of its id (a query per note cost more than the lookup). */
    private static int docOf(IndexSearcher searcher, long noteId) throws IOException {
        Term id = new Term(NOTE, Long.toString(noteId));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum postings = leaf.reader().postings(id, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return leaf.docBase + doc;
                }
            }
        }
        return -1;
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
