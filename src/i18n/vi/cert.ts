/** Vietnamese UI strings: cert. The source table; English must have exactly these keys. */
export const certStrings = {
  'cert.title': 'Giấy chứng nhận',
  'cert.intro': 'Bạn đã hoàn thành một lộ trình. Bạn có thể in giấy chứng nhận (khổ A4). Tên bạn gõ chỉ dùng để in và không được lưu, trừ khi bạn chọn lưu.',
  'cert.nameLabel': 'Tên in trên giấy',
  'cert.remember': 'Nhớ tên này trên thiết bị này',
  'cert.trackLabel': 'Lộ trình',
  'cert.print': 'In giấy chứng nhận',
  'cert.heading': 'Giấy chứng nhận hoàn thành khoá học',
  'cert.certifies': 'Chứng nhận',
  'cert.completed': 'đã hoàn thành khoá học trực tuyến “{course}” gồm các bài:',
  'cert.lessons': 'Các bài đã học',
  'cert.date': 'Ngày {date}',
  'cert.version': 'Phiên bản nội dung: {version}',
  'cert.code': 'Mã tiến độ của người học:',
  'cert.codeNote': 'Ai cũng có thể dán mã này vào trang Vững Bước để kiểm tra mã có khớp với các bài ghi ở trên không. Mã không chống được việc giả mạo.',
  'cert.site': 'Vững Bước — Học tập kỹ năng an toàn',
} as const;
