// Interface strings in Vietnamese (default) and English; the language also goes to the API.
const STRINGS = {
  vi: {
    skip: "Chuyển đến nội dung chính", home: "Trang chủ",
    searchLabel: "Tìm cơ quan, cán bộ, khối thi đua",
    searchPlaceholder: "Tìm: khoi noi chinh, Trần Quốc Tỏ, KTNN…",
    suggestions: "Gợi ý", searchButton: "Tìm", navHome: "Tổng quan", navSparql: "SPARQL",
    navIngest: "Nạp báo cáo", footer: "Dữ liệu qua JSON API và SPARQL:",
    switchTo: "English", switchLabel: "Switch to English",
    intro: "Tra cứu đồ thị tri thức về các cơ quan nhà nước: khối thi đua, thành viên và khối trưởng theo năm, cán bộ, chức vụ, cấp bậc — mỗi dữ kiện kèm câu trích dẫn từ báo cáo nguồn.",
    blocs: "Khối thi đua", people: "Cán bộ", results: "Kết quả cho", noResults: "Không tìm thấy kết quả.",
    loading: "Đang tải…", error: "Lỗi", facts: "Dữ kiện và nguồn", properties: "Thuộc tính",
    graph: "Đồ thị quan hệ", timeline: "Quá trình công tác", membership: "Thành viên theo năm",
    year: "Năm", prevYear: "Năm trước", nextYear: "Năm sau", leader: "Khối trưởng", deputy: "Khối phó",
    member: "Thành viên", members: "Thành viên", none: "không rõ", source: "Nguồn", report: "Báo cáo",
    openReport: "Mở báo cáo, câu trích dẫn được đánh dấu", quote: "Trích dẫn",
    selected: "Đang chọn", open: "Mở trang", expand: "Mở rộng", expandHint: "Nhấn hoặc Enter trên một nút để mở rộng các quan hệ của nó.",
    legend: "Chú giải", noDetail: "Loại thực thể này không có trang chi tiết trong API; xem đồ thị hoặc bản mô tả RDF.",
    rdf: "Mô tả RDF", post: "Chức vụ", rank: "Cấp bậc", "party-role": "Chức vụ Đảng", notes: "Ghi chú",
    agency: "Cơ quan", person: "Cán bộ", bloc: "Khối thi đua", event: "Sự kiện", "party-organ": "Cơ quan Đảng",
    force: "Lực lượng", other: "Khác", aliases: "Tên gọi khác",
    sparqlTitle: "Truy vấn SPARQL", examples: "Câu hỏi mẫu", chooseExample: "— chọn một câu hỏi —",
    queryLabel: "Truy vấn", run: "Chạy (Ctrl+Enter)", rows: "dòng", truncated: "(đã cắt bớt)",
    downloadCsv: "Tải CSV", downloadJson: "Tải JSON", askTrue: "Đúng", askFalse: "Sai",
    ingestTitle: "Nạp báo cáo (dành cho người quản lý dữ liệu)",
    ingestIntro: "Dán nội dung một bản tin, chạy thử để xem dữ kiện trích xuất, phần thay đổi và báo cáo SHACL, rồi ghi vào đồ thị.",
    token: "Mã truy cập (bearer token)", reportText: "Nội dung báo cáo", sourceUrl: "Địa chỉ bài viết (URL)",
    published: "Ngày đăng", titleField: "Tiêu đề", dryRun: "Chạy thử", commit: "Ghi vào đồ thị",
    summary: "Tóm tắt trích xuất", flags: "Cảnh báo cần xem xét", diff: "Thay đổi so với đồ thị",
    newEntities: "Thực thể mới", newFacts: "Dữ kiện mới", knownFacts: "Dữ kiện đã có",
    newTriples: "Bộ ba mới", knownTriples: "Bộ ba đã có", shacl: "Báo cáo SHACL", conforms: "Hợp lệ",
    violations: "Vi phạm", severity: "Mức", focus: "Nút", path: "Thuộc tính", message: "Thông báo",
    shape: "Shape", constraint: "Ràng buộc", value: "Giá trị", committed: "Đã ghi", existing: "Đã nạp trước đó",
    ingests: "Các lần nạp đã ghi", steward: "Người nạp", time: "Thời gian", triples: "Bộ ba",
    needsToken: "Cần mã truy cập.", needsText: "Cần nội dung báo cáo.", commitBlocked: "Chỉ ghi được sau khi chạy thử hợp lệ.",
    speakers: "Phát biểu", chairs: "Chủ trì", date: "Ngày", place: "Địa điểm", theme: "Chủ đề", motto: "Phương châm",
    statedCount: "Số thành viên nêu trong bài", kind: "Loại", label: "Tên", type: "Kiểu", name: "Họ tên",
    partyRoles: "Chức vụ Đảng", posts: "Chức vụ", ingestId: "Mã lần nạp", graphName: "Đồ thị",
    fact: "Dữ kiện", accordingTo: "theo", notesInEnglish: "Ghi chú của người biên soạn (chỉ có bằng tiếng Anh)",
    groupMembership: "Thành viên khối thi đua", groupCareer: "Chức vụ, cấp bậc hàm, chức vụ Đảng",
    groupEvents: "Hội nghị", groupStatements: "Chủ đề, phương châm, số thành viên",
    groupChanges: "Thay đổi tổ chức", groupOther: "Dữ kiện khác",
    graphView: "Cách xem", viewDrawing: "Đồ thị", viewList: "Danh sách", listCaption: "Các quan hệ của",
    roleLeader: "Khối trưởng", roleDeputy: "Khối phó", rdfLinks: "Dữ liệu RDF",
    resultsLabels: "Hiển thị tên thay cho IRI",
  },
  en: {
    skip: "Skip to main content", home: "Home",
    searchLabel: "Search agencies, officials, emulation blocs",
    searchPlaceholder: "Search: khoi noi chinh, Trần Quốc Tỏ, KTNN…",
    suggestions: "Suggestions", searchButton: "Search", navHome: "Overview", navSparql: "SPARQL",
    navIngest: "Ingest a report", footer: "Data through the JSON API and SPARQL:",
    switchTo: "Tiếng Việt", switchLabel: "Chuyển sang tiếng Việt",
    intro: "Explore the knowledge graph of Vietnamese state institutions: emulation blocs, their members and leaders year by year, officials, posts and ranks — every fact with the sentence of the report it comes from.",
    blocs: "Emulation blocs", people: "Officials", results: "Results for", noResults: "Nothing found.",
    loading: "Loading…", error: "Error", facts: "Facts and sources", properties: "Properties",
    graph: "Connections", timeline: "Posts and ranks over time", membership: "Members by year",
    year: "Year", prevYear: "Previous year", nextYear: "Next year", leader: "Leader", deputy: "Deputy",
    member: "Member", members: "Members", none: "not known", source: "Source", report: "Report",
    openReport: "Open the report with the quoted sentence highlighted", quote: "Quote",
    selected: "Selected", open: "Open page", expand: "Expand", expandHint: "Click a node, or press Enter on it, to expand its connections.",
    legend: "Legend", noDetail: "The API has no detail page for this kind of entity; see its graph or its RDF description.",
    rdf: "RDF description", post: "Post", rank: "Rank", "party-role": "Party role", notes: "Notes",
    agency: "Agency", person: "Official", bloc: "Emulation bloc", event: "Event", "party-organ": "Party organ",
    force: "Armed force", other: "Other", aliases: "Other names",
    sparqlTitle: "SPARQL query", examples: "Example questions", chooseExample: "— choose a question —",
    queryLabel: "Query", run: "Run (Ctrl+Enter)", rows: "rows", truncated: "(truncated)",
    downloadCsv: "Download CSV", downloadJson: "Download JSON", askTrue: "True", askFalse: "False",
    ingestTitle: "Ingest a report (for data stewards)",
    ingestIntro: "Paste a news report, do a dry run to see the extracted facts, the diff and the SHACL report, then commit it to the graph.",
    token: "Access token (bearer)", reportText: "Report text", sourceUrl: "Article URL",
    published: "Published", titleField: "Headline", dryRun: "Dry run", commit: "Commit to the graph",
    summary: "Extraction summary", flags: "Warnings to review", diff: "Changes against the graph",
    newEntities: "New entities", newFacts: "New facts", knownFacts: "Facts already known",
    newTriples: "New triples", knownTriples: "Triples already known", shacl: "SHACL report", conforms: "Conforms",
    violations: "Violations", severity: "Severity", focus: "Focus node", path: "Path", message: "Message",
    shape: "Shape", constraint: "Constraint", value: "Value", committed: "Committed", existing: "Already ingested",
    ingests: "Committed ingests", steward: "Steward", time: "Time", triples: "Triples",
    needsToken: "An access token is needed.", needsText: "The report text is needed.", commitBlocked: "Commit is possible only after a conforming dry run.",
    speakers: "Speakers", chairs: "Chairs", date: "Date", place: "Place", theme: "Theme", motto: "Motto",
    statedCount: "Member count stated", kind: "Kind", label: "Name", type: "Type", name: "Name",
    partyRoles: "Party roles", posts: "Posts", ingestId: "Ingest id", graphName: "Graph",
    fact: "Fact", accordingTo: "according to", notesInEnglish: "Editor's notes",
    groupMembership: "Emulation bloc membership", groupCareer: "Posts, ranks and Party roles",
    groupEvents: "Conferences", groupStatements: "Themes, mottos and member counts",
    groupChanges: "Organisational changes", groupOther: "Other facts",
    graphView: "View", viewDrawing: "Drawing", viewList: "List", listCaption: "Connections of",
    roleLeader: "Bloc leader", roleDeputy: "Deputy leader", rdfLinks: "RDF data",
    resultsLabels: "Show names instead of IRIs",
  },
};

const KEY = "ncg-explorer-lang";
let current = localStorage.getItem(KEY) === "en" ? "en" : "vi";

/** The interface language, "vi" or "en". */
export function lang() {
  return current;
}

/** Switch the interface language (remembered in localStorage). */
export function setLang(value) {
  current = value === "en" ? "en" : "vi";
  localStorage.setItem(KEY, current);
  document.documentElement.lang = current;
}

/** The string for `key` in the current language (the key itself when missing). */
export function t(key) {
  return STRINGS[current][key] ?? STRINGS.vi[key] ?? key;
}

/** Translate the static parts of the page marked with data-i18n attributes. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  for (const el of root.querySelectorAll("[data-i18n-aria]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nAria));
  }
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
  const toggle = document.getElementById("lang-toggle");
  toggle.textContent = t("switchTo");
  toggle.lang = current === "vi" ? "en" : "vi";
  toggle.setAttribute("aria-label", t("switchLabel"));
}
