package vn.loa.build;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * JBake's content store, held in memory and indexed once per bake.
 *
 * <p>Stock JBake keeps documents in an embedded OrientDB and re-queries it for every page
 * (each page's previous/next lookup reads every document of its type), which makes a bake
 * quadratic in the number of articles; the order of documents with equal dates also varies
 * between runs. Here documents live in one list sorted once, newest first with the source path
 * as tie-breaker, and every query the templates can make is answered from that list.
 *
 * <p>OrientDB is never started (see {@link LoaOven}).
 */
public class LoaContentStore extends ContentStore {
    /** Newest first; equal dates fall back to the source path so order never depends on threads. */
    public static final Comparator<DocumentModel> NEWEST_FIRST = Comparator
        .comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(DocumentModel::getSourceuri, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, DocumentModel> bySourceUri = new LinkedHashMap<>();
    private List<DocumentModel> sorted = List.of();
    private long start = -1;
    private long limit = -1;

    public LoaContentStore() {
        super("memory", "loa");
    }

    /** Replaces all documents at once (the crawler's result), keeping them in a stable order. */
    public synchronized void replaceAll(Collection<DocumentModel> documents) {
        bySourceUri.clear();
        List<DocumentModel> list = new ArrayList<>(documents);
        list.sort(NEWEST_FIRST);
        for (DocumentModel document : list) {
            bySourceUri.put(document.getSourceuri(), document);
        }
        sorted = List.copyOf(list);
    }

    /** Every document, newest first. */
    public List<DocumentModel> documents() {
        return sorted;
    }

    public List<DocumentModel> published(String type) {
        return sorted.stream()
            .filter(d -> type.equals(d.getType()) && ModelAttributes.Status.PUBLISHED.equals(d.getStatus()))
            .collect(Collectors.toList());
    }

    // ---- ContentStore API, answered from memory ----

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Loa keeps its own cache keyed by file hashes; there is nothing to clear in OrientDB.
    }

    @Override
    public void setStart(int start) {
        this.start = start;
    }

    @Override
    public void setLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public long getStart() {
        return start;
    }

    @Override
    public long getLimit() {
        return limit;
    }

    @Override
    public void resetPagination() {
        start = -1;
        limit = -1;
    }

    @Override
    public long getDocumentCount(String docType) {
        return sorted.stream().filter(d -> docType.equals(d.getType())).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return published(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentModel document = bySourceUri.get(uri);
        return wrap(document == null ? List.of() : List.of(document));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        List<DocumentModel> posts = published("post");
        if (applyPaging && start >= 0 && limit > -1) {
            int from = (int) Math.min(start, posts.size());
            int to = (int) Math.min(start + limit, posts.size());
            posts = posts.subList(from, to);
        }
        return wrap(posts);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return wrap(published("post").stream().filter(d -> hasTag(d, tag)).collect(Collectors.toList()));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return wrap(sorted.stream()
            .filter(d -> ModelAttributes.Status.PUBLISHED.equals(d.getStatus()) && hasTag(d, tag))
            .collect(Collectors.toList()));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return wrap(published(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return wrap(sorted.stream().filter(d -> docType.equals(d.getType())).collect(Collectors.toList()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    /** Loa renders documents itself (in parallel, with correct previous/next); JBake's loop gets nothing. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public void deleteContent(String uri) {
        bySourceUri.remove(uri);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        // nothing to track: every bake renders from the in-memory model
    }

    @Override
    public void deleteAllByDocType(String docType) {
        replaceAll(sorted.stream().filter(d -> !docType.equals(d.getType())).collect(Collectors.toList()));
    }

    @Override
    public void addDocument(DocumentModel document) {
        List<DocumentModel> all = new ArrayList<>(sorted);
        all.add(document);
        replaceAll(all);
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(published("post"));
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(sorted.stream().filter(d -> ModelAttributes.Status.PUBLISHED.equals(d.getStatus())).toList());
    }

    private static Set<String> tagsOf(List<DocumentModel> documents) {
        Set<String> tags = new TreeSet<>();
        for (DocumentModel document : documents) {
            String[] docTags = document.getTags();
            if (docTags != null) {
                Collections.addAll(tags, docTags);
            }
        }
        return tags;
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        String[] tags = document.getTags();
        if (tags == null) {
            return false;
        }
        for (String t : tags) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static DocumentList<DocumentModel> wrap(List<DocumentModel> documents) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(documents);
        return list;
    }
}
