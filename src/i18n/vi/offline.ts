/** Vietnamese UI strings: offline. The source table; English must have exactly these keys. */
export const offlineStrings = {
  'offline.title': 'Dùng khi không có mạng',
  'offline.intro': 'Tải trước toàn bộ bài học bằng tiếng Việt về máy này để học khi mất mạng. Chỉ tải khi bạn bấm nút — trang không tự dùng dữ liệu di động của bạn.',
  'offline.button': 'Tải về để dùng khi không có mạng (khoảng {size})',
  'offline.progress': 'Đang tải {done}/{total} tệp…',
  'offline.done': 'Xong. Bạn có thể mở các bài học kể cả khi không có mạng.',
  'offline.failed': 'Đã tải xong, nhưng {n} tệp chưa tải được. Hãy thử lại khi mạng ổn định.',
  'offline.unsupported': 'Trang đang mở qua địa chỉ HTTP thường nên trình duyệt không cho lưu trang để dùng khi mất mạng. Mọi thứ khác vẫn hoạt động bình thường khi có mạng nội bộ.',
  'offline.indicator': 'Bạn đang không có mạng. Các trang đã mở hoặc đã tải về vẫn dùng được.',
  'offline.update': 'Đã có phiên bản mới của trang.',
  'offline.reload': 'Tải lại để dùng bản mới',
  'offline.page.title': 'Trang này chưa được tải về',
  'offline.page.text': 'Bạn đang không có mạng và trang này chưa được lưu trên máy. Khi có mạng, hãy mở lại trang, hoặc dùng nút "Dùng khi không có mạng" ở trang chủ để tải trước mọi bài học.',
  'offline.page.home': 'Về trang chủ',
} as const;
