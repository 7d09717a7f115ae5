/** Vietnamese UI strings: print. The source table; English must have exactly these keys. */
export const printStrings = {
  'print.handout': 'Tài liệu phát tay',
  'print.handoutTitle': '{title} — tài liệu phát tay',
  'print.large': 'Bản chữ to',
  'print.fullText': 'Toàn bộ bài “{title}” có trong bản in chữ to (hỏi người hướng dẫn) và trên trang Vững Bước.',
  'print.moreScenarios': 'Còn {n} tình huống nữa trong bản in chữ to.',
  'print.largeTitle': '{title} — bản chữ to',
  'print.script': 'Kịch bản người dạy',
  'print.scriptTitle': '{title} — kịch bản người dạy',
  'print.papers': 'Các bản in của bài',
  'print.print': 'In trang này',
  'print.hint': 'Khổ A4, in đen trắng vẫn rõ. Thanh điều hướng và các nút không được in.',
  'print.slide': 'Trang chiếu {n}/{total}: {title}',
  'print.notes': 'Ghi chú cho người dạy',
  'print.noNotes': 'Không có ghi chú.',
  'print.scriptIntro': 'Thời lượng {duration} phút cho {slides} trang chiếu — khoảng {perSlide} phút mỗi trang sau trang tiêu đề (trang tiêu đề để lúc mọi người ổn định chỗ ngồi).',
} as const;
