-- Seed: the province's course "Kỹ năng số cơ bản" (Khóa bồi dưỡng kỹ năng số), its six modules after the
-- six competency areas of the national framework (QĐ 757/QĐ-BKHCN), its lessons and its question bank.
-- Ids are fixed so that the seed is deterministic:
--   course    0195a6b0-0000-7000-8000-000000000001
--   modules   0195a6b0-0000-7000-8001-00000000000M      (M = module position 1..6)
--   lessons   0195a6b0-0000-7000-8002-0000000000MN      (N = lesson position in module)
--   questions 0195a6b0-0000-7000-8003-000000000MNN     (NN = 01..12)
-- All text is Vietnamese in Unicode NFC. Lesson bodies are Markdown in $md$ dollar quotes.
-- Lesson ordinals are left to renumber_lessons() at the end.

INSERT INTO course (id, slug, title, description, status, pass_mark_percent, question_count,
                    time_limit_minutes, max_attempts, attempt_cooldown_minutes, video_completion_percent)
VALUES ('0195a6b0-0000-7000-8000-000000000001', 'ky-nang-so-co-ban', 'Kỹ năng số cơ bản',
        'Khóa bồi dưỡng kỹ năng số dành cho mọi người dân, nhất là người mới làm quen với điện thoại thông minh. Sáu chủ đề của khóa học đi theo Khung năng lực số quốc gia: tìm kiếm thông tin, giao tiếp, tạo nội dung, an toàn trên mạng, giải quyết vấn đề và ứng dụng trí tuệ nhân tạo. Học xong các bài, bạn làm bài kiểm tra cuối khóa để nhận Giấy chứng nhận hoàn thành khóa học.',
        'PUBLISHED', 80, 20, 30, 3, 0, 90);

INSERT INTO course_module (id, course_id, position, title, description) VALUES
  ('0195a6b0-0000-7000-8001-000000000001', '0195a6b0-0000-7000-8000-000000000001', 1, 'Khai thác dữ liệu và thông tin',
   'Tìm kiếm thông tin trên mạng, phân biệt tin thật với tin giả, lưu và tìm lại ảnh, tài liệu trên điện thoại.'),
  ('0195a6b0-0000-7000-8001-000000000002', '0195a6b0-0000-7000-8000-000000000001', 2, 'Giao tiếp và hợp tác',
   'Nhắn tin, gọi điện, gọi video qua Zalo và ứng xử lịch sự trên mạng, trong nhóm gia đình, nhóm thôn, xã.'),
  ('0195a6b0-0000-7000-8001-000000000003', '0195a6b0-0000-7000-8000-000000000001', 3, 'Sáng tạo nội dung số',
   'Chụp ảnh đẹp, viết bài đăng và văn bản đơn giản, tôn trọng bản quyền khi chia sẻ nội dung.'),
  ('0195a6b0-0000-7000-8001-000000000004', '0195a6b0-0000-7000-8000-000000000001', 4, 'An toàn trong môi trường số',
   'Đặt mật khẩu mạnh, giữ bí mật mã OTP, nhận diện các chiêu lừa đảo qua mạng và biết cách xử lý khi bị lừa.'),
  ('0195a6b0-0000-7000-8001-000000000005', '0195a6b0-0000-7000-8000-000000000001', 5, 'Giải quyết vấn đề',
   'Làm thủ tục trên Cổng Dịch vụ công quốc gia và VNeID, thanh toán bằng mã QR an toàn, tự xử lý sự cố thường gặp trên điện thoại.'),
  ('0195a6b0-0000-7000-8001-000000000006', '0195a6b0-0000-7000-8000-000000000001', 6, 'Ứng dụng trí tuệ nhân tạo',
   'Hiểu trợ lý trí tuệ nhân tạo (AI), biết đặt câu hỏi, kiểm tra câu trả lời, giữ bí mật thông tin và cảnh giác với deepfake.');

-- ===================================================================== Module 1: Khai thác dữ liệu và thông tin

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000011', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001', 1,
        'Tìm kiếm thông tin trên mạng', 'TEXT', 6,
        NULL, NULL, NULL,
$md$Mạng Internet giống như một thư viện rất lớn. Chỉ cần biết cách hỏi, bạn có thể tìm được giá nông sản hôm nay, lịch tiêm chủng cho trẻ, cách nấu một món ăn hay các bước làm giấy tờ.

### Cách tìm kiếm

1. Mở trình duyệt trên điện thoại (Chrome, Cốc Cốc, Safari…) hoặc ứng dụng Google.
2. Chạm vào ô tìm kiếm ở phía trên màn hình.
3. Gõ vài từ khóa ngắn, chính xác. Ví dụ: gõ “lịch tiêm chủng trẻ em Quảng Ngãi” thay vì viết cả một câu dài.
4. Nếu gõ chữ khó, hãy chạm vào biểu tượng micrô rồi nói. Điện thoại sẽ tự chuyển lời nói thành chữ.
5. Chạm vào kết quả phù hợp để đọc. Nhấn nút quay lại để trở về danh sách kết quả.

### Mẹo để tìm nhanh hơn

- Thêm tên địa phương hoặc thời gian vào từ khóa, ví dụ: “giá cà phê Kon Tum hôm nay”.
- Đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm đó, ví dụ: "bình dân học vụ số".
- Nếu kết quả chưa đúng ý, hãy đổi từ khóa: ngắn hơn hoặc cụ thể hơn.
- Kết quả có chữ “Được tài trợ” hoặc “Quảng cáo” là quảng cáo trả tiền, không phải lúc nào cũng là nguồn tốt nhất.

Với thông tin về thủ tục hành chính, chính sách của Nhà nước, hãy ưu tiên các trang có đuôi **.gov.vn**: đó là trang của cơ quan nhà nước.

### Ghi nhớ

- Gõ từ khóa ngắn, rõ ràng; có thể nói thay vì gõ.
- Thêm địa phương, thời gian để kết quả sát hơn.
- Kết quả “Được tài trợ” là quảng cáo.
- Thủ tục, chính sách: ưu tiên trang có đuôi .gov.vn.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000012', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001', 2,
        'Thông tin trên mạng có đáng tin không?', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Trên mạng, ai cũng có thể đăng bài. Vì vậy bên cạnh tin đúng có rất nhiều tin sai, tin bịa đặt, hoặc tin cũ được đăng lại như tin mới. Trước khi tin và chia sẻ, hãy dành một phút để kiểm tra.

### Năm câu hỏi trước khi tin

1. **Ai đăng?** Đó là báo, đài chính thống, cơ quan nhà nước hay một tài khoản lạ không rõ là ai?
2. **Đăng khi nào?** Xem ngày đăng. Tin về bão lũ, giá cả hay dịch bệnh của năm trước không còn đúng hôm nay.
3. **Có nguồn khác nói giống vậy không?** Hãy tìm kiếm thử tiêu đề tin. Nếu chỉ có một trang duy nhất đưa tin, hãy cẩn thận.
4. **Lời lẽ có giật gân không?** Những câu như “khẩn cấp”, “chia sẻ ngay kẻo muộn”, “bác sĩ giấu kín” thường là dấu hiệu của tin giả.
5. **Có nhằm bán hàng hay xin tiền không?** Tin “chữa khỏi bệnh trong 7 ngày” thường là để bán thuốc không rõ nguồn gốc.

### Nguồn đáng tin

- Trang của cơ quan nhà nước, có đuôi .gov.vn.
- Báo, đài chính thống như VTV, VOV, báo Nhân Dân, báo và đài phát thanh – truyền hình của tỉnh.
- Thông báo của Ủy ban nhân dân xã, phường qua kênh chính thức, hoặc do trưởng thôn thông báo.

Một bài có nhiều lượt thích, hay được người quen gửi đến, chưa chắc đã là tin đúng.

### Khi còn nghi ngờ

Đừng chia sẻ. Chia sẻ tin sai có thể làm người khác hoang mang, mất tiền, thậm chí vi phạm pháp luật. Nếu là tin quan trọng về sức khỏe hay chính sách, hãy hỏi cán bộ y tế, cán bộ xã hoặc liên hệ cơ quan có trách nhiệm.

### Ghi nhớ

- Xem ai đăng và đăng khi nào.
- So sánh với ít nhất một nguồn chính thống khác.
- Lời lẽ giật gân, thúc giục chia sẻ là dấu hiệu đáng ngờ.
- Chưa chắc chắn thì không chia sẻ.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000013', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001', 3,
        'Lưu và tìm lại ảnh, tài liệu trên điện thoại', 'TEXT', 6,
        NULL, NULL, NULL,
$md$Ảnh chụp giấy tờ, tệp được gửi qua Zalo, tài liệu tải về từ mạng… đều nằm trong bộ nhớ điện thoại. Biết chỗ tìm sẽ giúp bạn không phải nhờ người khác gửi lại.

### Ảnh và video

- Ảnh bạn chụp nằm trong ứng dụng **Thư viện** (có máy gọi là **Ảnh** hoặc **Bộ sưu tập**).
- Ảnh nhận qua Zalo, Messenger thường nằm trong một album riêng mang tên ứng dụng đó.
- Để tìm nhanh, mở Thư viện rồi chọn mục **Album**.

### Tài liệu tải về

1. Mở ứng dụng **Quản lý tệp** (có máy gọi là **Tệp**, Files hoặc My Files).
2. Chọn thư mục **Tải xuống** (Download): đây là nơi chứa tài liệu bạn tải về từ trình duyệt.
3. Chạm vào tệp để mở. Tệp PDF, Word mở được bằng ứng dụng đọc tài liệu có sẵn trong máy.

### Sắp xếp để dễ tìm

- Đặt tên tệp dễ hiểu, ví dụ: “Giay-khai-sinh-be-Lan.pdf”.
- Tạo một album riêng cho ảnh giấy tờ quan trọng.
- Xóa ảnh trùng, ảnh mờ để đỡ tốn bộ nhớ.

### Sao lưu

Điện thoại có thể hỏng hoặc bị mất bất cứ lúc nào. Hãy bật **sao lưu** ảnh lên dịch vụ lưu trữ đám mây như Google Photos hoặc iCloud, hoặc gửi tài liệu quan trọng vào mục lưu trữ riêng của bạn trên Zalo (Cloud của tôi). Nên để máy chỉ sao lưu khi có Wi-Fi, để không tốn dung lượng 3G/4G.

Lưu ý: ảnh chụp thẻ căn cước, thẻ ngân hàng là thông tin nhạy cảm. Hãy giữ kín, không đăng lên mạng, không gửi cho người lạ.

### Ghi nhớ

- Ảnh: ứng dụng Thư viện (Ảnh). Tài liệu tải về: Quản lý tệp → Tải xuống.
- Đặt tên tệp rõ ràng, tạo album riêng cho giấy tờ.
- Bật sao lưu để không mất dữ liệu khi hỏng hoặc mất máy.
- Giữ kín ảnh giấy tờ tùy thân.$md$);

INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000000101', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Muốn tìm thông tin trên mạng cho nhanh và đúng, bạn nên gõ gì vào ô tìm kiếm?',
   '[{"id": "a", "text": "Một câu thật dài, kể đầy đủ hoàn cảnh của mình cho máy hiểu"}, {"id": "b", "text": "Vài từ khóa ngắn, rõ ràng, kèm tên địa phương"}, {"id": "c", "text": "Chỉ gõ một chữ cái đầu"}, {"id": "d", "text": "Viết tắt, không dấu càng nhiều càng tốt"}]',
   'b', 'Từ khóa ngắn, chính xác, kèm tên địa phương hoặc thời gian giúp kết quả sát với điều bạn cần.'),
  ('0195a6b0-0000-7000-8003-000000000102', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Nếu gõ chữ khó khăn, bạn có thể tìm kiếm bằng cách nào?',
   '[{"id": "a", "text": "Chỉ tìm được khi ngồi trước máy tính có bàn phím"}, {"id": "b", "text": "Gửi tin nhắn cho tổng đài nhà mạng nhờ tìm hộ"}, {"id": "c", "text": "Không có cách nào khác ngoài gõ chữ"}, {"id": "d", "text": "Chạm vào biểu tượng micrô rồi nói"}]',
   'd', 'Biểu tượng micrô cho phép tìm kiếm bằng giọng nói, điện thoại tự chuyển lời nói thành chữ.'),
  ('0195a6b0-0000-7000-8003-000000000103', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Kết quả tìm kiếm có ghi chữ “Được tài trợ” hoặc “Quảng cáo” là gì?',
   '[{"id": "a", "text": "Quảng cáo trả tiền, chưa chắc là nguồn tốt nhất"}, {"id": "b", "text": "Trang web chính thức của cơ quan nhà nước"}, {"id": "c", "text": "Kết quả chính xác nhất, lúc nào cũng nên chọn đầu tiên"}, {"id": "d", "text": "Trang web đã được cơ quan chức năng kiểm duyệt nội dung"}]',
   'a', 'Chữ “Được tài trợ” hay “Quảng cáo” cho biết đó là nội dung trả tiền để hiện lên đầu danh sách.'),
  ('0195a6b0-0000-7000-8003-000000000104', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Trang web có đuôi nào là trang của cơ quan nhà nước Việt Nam?',
   '[{"id": "a", "text": ".com.vn"}, {"id": "b", "text": ".net.vn"}, {"id": "c", "text": ".gov.vn"}, {"id": "d", "text": ".xyz"}]',
   'c', 'Các trang của cơ quan nhà nước Việt Nam dùng đuôi .gov.vn.'),
  ('0195a6b0-0000-7000-8003-000000000105', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Vì sao cần xem ngày đăng của một tin trên mạng?',
   '[{"id": "a", "text": "Vì tin đăng vào buổi tối thường là tin giả"}, {"id": "b", "text": "Vì ngày đăng cho biết ai là người viết bài đó"}, {"id": "c", "text": "Vì tin cũ có thể bị đăng lại như tin mới"}, {"id": "d", "text": "Không cần xem, miễn là bài có nhiều người chia sẻ"}]',
   'c', 'Tin về bão lũ, giá cả, dịch bệnh của năm trước có thể bị đăng lại và không còn đúng với hôm nay.'),
  ('0195a6b0-0000-7000-8003-000000000106', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Câu nào sau đây là dấu hiệu thường gặp của tin giả?',
   '[{"id": "a", "text": "“Khẩn cấp! Chia sẻ ngay kẻo muộn!”"}, {"id": "b", "text": "Bài viết ghi rõ nguồn từ một trang .gov.vn"}, {"id": "c", "text": "Tin được nhiều báo, đài chính thống cùng đưa"}, {"id": "d", "text": "Bài có ghi tên tác giả và ngày đăng"}]',
   'a', 'Lời lẽ giật gân, thúc giục chia sẻ ngay là dấu hiệu thường thấy của tin giả.'),
  ('0195a6b0-0000-7000-8003-000000000107', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Bạn thấy một bài quảng cáo thuốc “chữa khỏi bệnh trong 7 ngày”. Bạn nên làm gì?',
   '[{"id": "a", "text": "Chia sẻ ngay cho cả nhóm gia đình để mọi người cùng biết"}, {"id": "b", "text": "Mua thử ngay vì có nhiều người bình luận khen"}, {"id": "c", "text": "Chuyển tiền đặt hàng trước kẻo hết"}, {"id": "d", "text": "Không tin ngay, không chia sẻ, hỏi cán bộ y tế"}]',
   'd', 'Tin hứa chữa khỏi bệnh thần kỳ thường nhằm bán thuốc không rõ nguồn gốc, cần hỏi cán bộ y tế.'),
  ('0195a6b0-0000-7000-8003-000000000108', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Cách nào giúp kiểm tra một tin trên mạng có đáng tin hay không?',
   '[{"id": "a", "text": "Đếm xem bài viết có bao nhiêu lượt thích và chia sẻ"}, {"id": "b", "text": "Xem các nguồn chính thống khác có đưa tin giống vậy không"}, {"id": "c", "text": "Tin ngay nếu tin được người quen gửi đến qua Zalo"}, {"id": "d", "text": "Hỏi chính người đăng bài xem tin đó có đúng sự thật không"}]',
   'b', 'So sánh với nguồn chính thống khác là cách kiểm tra tin; lượt thích hay người quen gửi không chứng minh tin đúng.'),
  ('0195a6b0-0000-7000-8003-000000000109', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Ảnh bạn chụp bằng điện thoại thường được lưu ở đâu?',
   '[{"id": "a", "text": "Trong ứng dụng Thư viện (Ảnh, Bộ sưu tập)"}, {"id": "b", "text": "Trong ứng dụng Danh bạ, cùng với số điện thoại"}, {"id": "c", "text": "Trong hộp tin nhắn SMS của điện thoại"}, {"id": "d", "text": "Trong ứng dụng Đồng hồ"}]',
   'a', 'Ảnh và video chụp bằng điện thoại được lưu trong ứng dụng Thư viện (Ảnh, Bộ sưu tập).'),
  ('0195a6b0-0000-7000-8003-000000000110', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Tài liệu bạn tải về từ trình duyệt thường nằm ở đâu?',
   '[{"id": "a", "text": "Trong Danh bạ, ở mục người liên hệ gần đây"}, {"id": "b", "text": "Trong phần Cài đặt âm thanh"}, {"id": "c", "text": "Thư mục Tải xuống trong ứng dụng Quản lý tệp"}, {"id": "d", "text": "Trong nhật ký cuộc gọi của điện thoại"}]',
   'c', 'Tài liệu tải về từ trình duyệt được lưu trong thư mục Tải xuống của ứng dụng Quản lý tệp.'),
  ('0195a6b0-0000-7000-8003-000000000111', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Vì sao nên bật sao lưu ảnh và tài liệu quan trọng?',
   '[{"id": "a", "text": "Để điện thoại sạc pin nhanh hơn"}, {"id": "b", "text": "Để không mất dữ liệu khi máy hỏng hoặc bị mất"}, {"id": "c", "text": "Để người lạ cũng xem được ảnh của bạn"}, {"id": "d", "text": "Để máy tự động xóa hết ảnh cũ"}]',
   'b', 'Sao lưu giữ một bản ảnh, tài liệu ở nơi khác nên khi hỏng hoặc mất máy vẫn lấy lại được.'),
  ('0195a6b0-0000-7000-8003-000000000112', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000001',
   'Nên làm gì với ảnh chụp thẻ căn cước, thẻ ngân hàng của mình?',
   '[{"id": "a", "text": "Đăng lên Facebook ở chế độ công khai để lưu giữ cho chắc"}, {"id": "b", "text": "Gửi vào các nhóm Zalo đông người để sau này dễ tìm lại"}, {"id": "c", "text": "Đặt làm ảnh đại diện"}, {"id": "d", "text": "Giữ kín, không đăng lên mạng, không gửi người lạ"}]',
   'd', 'Ảnh giấy tờ tùy thân và thẻ ngân hàng là thông tin nhạy cảm, kẻ gian có thể lợi dụng.');

-- ===================================================================== Module 2: Giao tiếp và hợp tác

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000021', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002', 1,
        'Nhắn tin và gọi điện bằng Zalo', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Zalo là ứng dụng nhắn tin, gọi điện được nhiều người Việt Nam sử dụng. Khi điện thoại có Wi-Fi hoặc 3G/4G, bạn nhắn tin và gọi qua Zalo mà không mất cước gọi thông thường, chỉ tốn dung lượng dữ liệu.

### Cài đặt và đăng ký

1. Mở **CH Play** (điện thoại Android) hoặc **App Store** (iPhone), tìm “Zalo”, chọn đúng ứng dụng Zalo rồi nhấn **Cài đặt**.
2. Mở Zalo, chọn **Đăng ký** và nhập số điện thoại của bạn.
3. Nhập mã xác nhận được gửi về tin nhắn. Mã này chỉ để bạn tự nhập, tuyệt đối không đọc cho ai.
4. Đặt tên thật và ảnh đại diện để người thân dễ nhận ra bạn.

Chỉ cài Zalo và mọi ứng dụng khác từ CH Play hoặc App Store, không cài theo đường link người lạ gửi.

### Nhắn tin

1. Chạm vào ô **Tìm kiếm**, nhập tên hoặc số điện thoại người cần nhắn.
2. Chạm vào tên người đó để mở cuộc trò chuyện.
3. Gõ nội dung vào ô phía dưới rồi nhấn nút gửi (hình mũi tên).
4. Không muốn gõ chữ? Nhấn giữ biểu tượng **micrô**, nói, rồi thả tay ra để gửi tin nhắn thoại.

### Gọi điện và gửi ảnh

- Trong cuộc trò chuyện, chạm biểu tượng **ống nghe** ở góc trên để gọi thoại, biểu tượng **máy quay** để gọi video.
- Để gửi ảnh, chạm biểu tượng hình ảnh cạnh ô nhập tin, chọn ảnh rồi nhấn gửi.

### Ghi nhớ

- Zalo nhắn tin, gọi điện qua Wi-Fi hoặc 3G/4G, không mất cước gọi thông thường.
- Chỉ tải ứng dụng từ CH Play hoặc App Store.
- Mã xác nhận gửi về điện thoại: tự nhập, không đọc cho ai.
- Ống nghe: gọi thoại. Máy quay: gọi video. Nhấn giữ micrô: tin nhắn thoại.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000022', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002', 2,
        'Gọi video cho người thân', 'VIDEO', 6,
        '/media/video/goi-video-cho-nguoi-than.mp4', 240, '/media/video/goi-video-cho-nguoi-than.vi.vtt',
$md$Video này hướng dẫn từng bước gọi video qua Zalo. Nếu mạng yếu, không xem được video, bạn vẫn có thể đọc nội dung chính dưới đây.

### Chuẩn bị (phút 0:00)

- Kết nối Wi-Fi nếu có: gọi video tốn nhiều dữ liệu hơn gọi thoại.
- Ngồi nơi đủ sáng, ánh sáng chiếu vào mặt. Không ngồi quay lưng ra cửa sổ sáng, vì mặt sẽ bị tối.
- Lau sạch camera trước của điện thoại.

### Gọi video (phút 1:00)

1. Mở Zalo, tìm tên người thân.
2. Mở cuộc trò chuyện, chạm biểu tượng **máy quay** ở góc trên.
3. Chờ người kia bắt máy. Giữ điện thoại ngang tầm mắt, cách mặt khoảng một cánh tay.

### Trong cuộc gọi (phút 2:00)

- Chạm vào màn hình để hiện các nút.
- Nút **micrô**: tắt hoặc bật tiếng của bạn.
- Nút **máy quay**: tắt hoặc bật hình của bạn.
- Nút **xoay camera**: chuyển sang camera sau để người thân xem khung cảnh, vườn cây, con vật.
- Nút **màu đỏ**: kết thúc cuộc gọi.

### Gọi cả nhóm (phút 3:00)

Trong nhóm Zalo gia đình, chạm biểu tượng máy quay để gọi video cho nhiều người cùng lúc.

### Lưu ý an toàn (phút 3:30)

Kẻ gian có thể giả mặt, giả giọng người thân trong cuộc gọi video để vay tiền. Nếu ai đó gọi video rồi hỏi vay tiền, nhờ chuyển khoản gấp, hãy tắt máy và gọi lại vào số điện thoại quen thuộc của người đó để hỏi cho chắc.

### Ghi nhớ

- Ưu tiên Wi-Fi, ngồi nơi đủ sáng.
- Biểu tượng máy quay để gọi video; nút đỏ để kết thúc.
- Nút xoay camera để cho người thân xem xung quanh.
- Gọi video hỏi vay tiền: tắt máy, gọi lại số quen để xác minh.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000023', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002', 3,
        'Ứng xử văn minh trên mạng và trong nhóm gia đình', 'TEXT', 6,
        NULL, NULL, NULL,
$md$Trên mạng, lời bạn viết được lưu lại và có thể lan đi rất xa. Hãy giữ phép lịch sự như khi nói chuyện trực tiếp.

### Sáu quy tắc ứng xử

1. Chào hỏi, xưng hô lịch sự; viết rõ ràng, có dấu để người đọc hiểu đúng.
2. Không viết toàn chữ in hoa: người đọc sẽ cảm thấy như bạn đang quát.
3. Không dùng lời lẽ xúc phạm, không bình luận bêu xấu người khác.
4. Không đăng ảnh, thông tin của người khác khi chưa được họ đồng ý.
5. Không chia sẻ tin chưa kiểm chứng.
6. Tránh gọi điện, nhắn tin quá khuya hoặc quá sớm, trừ khi có việc gấp.

### Nhóm Zalo gia đình

Nhóm gia đình giúp cả nhà chia sẻ tin vui, ảnh con cháu, nhắc ngày giỗ, ngày họp mặt.

- Cách tạo nhóm: trong Zalo, chạm dấu **+** ở góc trên, chọn **Tạo nhóm**, đặt tên nhóm (ví dụ “Gia đình ông Ba”), chọn các thành viên rồi xác nhận.
- Tin nhắn trong nhóm thì ai trong nhóm cũng đọc được: chuyện riêng của một người nên nhắn riêng cho người đó.
- Không gửi quá nhiều tin quảng cáo hay chuỗi tin kiểu “gửi cho 10 người để gặp may”.
- Nếu nhóm nhiều tin nhắn quá, bạn có thể **tắt thông báo** của nhóm thay vì rời nhóm.

### Nhóm của thôn, xã

Nhiều thôn, xã lập nhóm Zalo để báo lịch họp, lịch tiêm chủng, cảnh báo mưa bão. Hãy đọc kỹ thông báo, hỏi đúng việc, không đăng nội dung không liên quan và không tranh cãi gay gắt trong nhóm.

### Ghi nhớ

- Lịch sự như nói chuyện trực tiếp; không viết toàn chữ in hoa.
- Xin phép trước khi đăng ảnh, thông tin của người khác.
- Chuyện riêng nhắn riêng.
- Nhóm nhiều tin quá thì tắt thông báo.$md$);

INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000000201', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Khi nhắn tin, gọi điện bằng Zalo qua Wi-Fi hoặc 3G/4G, bạn tốn gì?',
   '[{"id": "a", "text": "Tốn cước gọi quốc tế cho mỗi phút"}, {"id": "b", "text": "Mỗi tin nhắn tốn 1.000 đồng"}, {"id": "c", "text": "Chỉ tốn dung lượng dữ liệu"}, {"id": "d", "text": "Phải trả phí cho từng cuộc gọi video"}]',
   'c', 'Zalo dùng kết nối Internet nên chỉ tốn dung lượng dữ liệu, không tính cước gọi thông thường.'),
  ('0195a6b0-0000-7000-8003-000000000202', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Nên tải ứng dụng Zalo từ đâu?',
   '[{"id": "a", "text": "Kho ứng dụng CH Play hoặc App Store"}, {"id": "b", "text": "Đường link người lạ gửi"}, {"id": "c", "text": "Tệp .apk được gửi qua Facebook"}, {"id": "d", "text": "Bất kỳ trang web nào có chữ Zalo"}]',
   'a', 'Chỉ cài ứng dụng từ kho chính thức CH Play hoặc App Store để tránh ứng dụng giả mạo.'),
  ('0195a6b0-0000-7000-8003-000000000203', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Khi đăng ký Zalo, bạn nhận được mã xác nhận qua tin nhắn. Bạn nên làm gì với mã này?',
   '[{"id": "a", "text": "Đọc cho người gọi điện xưng là nhân viên Zalo"}, {"id": "b", "text": "Đăng lên nhóm gia đình để nhờ kiểm tra"}, {"id": "c", "text": "Gửi cho bạn bè giữ hộ"}, {"id": "d", "text": "Tự nhập vào ứng dụng và không đọc cho ai"}]',
   'd', 'Mã xác nhận chỉ để chính bạn nhập; đọc cho người khác có thể bị chiếm tài khoản.'),
  ('0195a6b0-0000-7000-8003-000000000204', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Trong cuộc trò chuyện Zalo, biểu tượng máy quay dùng để làm gì?',
   '[{"id": "a", "text": "Gửi tin nhắn thoại"}, {"id": "b", "text": "Gọi video"}, {"id": "c", "text": "Gọi thoại"}, {"id": "d", "text": "Chặn người đó"}]',
   'b', 'Biểu tượng máy quay để gọi video; biểu tượng ống nghe để gọi thoại.'),
  ('0195a6b0-0000-7000-8003-000000000205', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Muốn gửi tin nhắn thoại trên Zalo mà không cần gõ chữ, bạn làm thế nào?',
   '[{"id": "a", "text": "Nhấn giữ micrô, nói, rồi thả tay ra"}, {"id": "b", "text": "Chạm vào biểu tượng ống nghe ở góc trên"}, {"id": "c", "text": "Tắt tiếng điện thoại rồi nói to"}, {"id": "d", "text": "Chạm vào ảnh đại diện của người nhận"}]',
   'a', 'Nhấn giữ biểu tượng micrô để ghi âm, thả tay ra thì tin nhắn thoại được gửi đi.'),
  ('0195a6b0-0000-7000-8003-000000000206', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Khi gọi video, nên ngồi ở đâu để người thân nhìn rõ mặt bạn?',
   '[{"id": "a", "text": "Quay lưng ra cửa sổ sáng"}, {"id": "b", "text": "Trong phòng tối cho đỡ chói mắt"}, {"id": "c", "text": "Dưới đèn nhấp nháy nhiều màu"}, {"id": "d", "text": "Nơi đủ sáng, ánh sáng chiếu vào mặt"}]',
   'd', 'Ánh sáng chiếu vào mặt giúp hình rõ; quay lưng ra chỗ sáng sẽ làm mặt bị tối.'),
  ('0195a6b0-0000-7000-8003-000000000207', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Trong cuộc gọi video, bạn muốn cho người thân xem vườn cây. Bạn chạm nút nào?',
   '[{"id": "a", "text": "Nút màu đỏ"}, {"id": "b", "text": "Nút xoay camera"}, {"id": "c", "text": "Nút micrô"}, {"id": "d", "text": "Nút tắt hình của bạn"}]',
   'b', 'Nút xoay camera chuyển sang camera sau để người thân thấy khung cảnh xung quanh bạn.'),
  ('0195a6b0-0000-7000-8003-000000000208', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Một người gọi video qua Zalo, hình giống con bạn, hỏi vay tiền gấp. Bạn nên làm gì?',
   '[{"id": "a", "text": "Chuyển tiền ngay vì đã thấy rõ mặt con trên màn hình"}, {"id": "b", "text": "Đọc mã OTP để con tự chuyển tiền"}, {"id": "c", "text": "Tắt máy, gọi lại vào số quen của con để hỏi"}, {"id": "d", "text": "Chuyển trước một nửa số tiền cho chắc"}]',
   'c', 'Kẻ gian có thể giả mặt người thân trong cuộc gọi video, nên phải gọi lại số quen để xác minh.'),
  ('0195a6b0-0000-7000-8003-000000000209', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Vì sao không nên viết toàn chữ in hoa khi nhắn tin?',
   '[{"id": "a", "text": "Vì chữ in hoa làm tin nhắn tốn nhiều tiền hơn"}, {"id": "b", "text": "Vì Zalo không gửi được chữ in hoa"}, {"id": "c", "text": "Vì chữ in hoa làm hỏng bàn phím"}, {"id": "d", "text": "Vì người đọc sẽ thấy như bạn đang quát"}]',
   'd', 'Trên mạng, viết toàn chữ in hoa bị hiểu như đang quát, nên thiếu lịch sự.'),
  ('0195a6b0-0000-7000-8003-000000000210', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Trước khi đăng ảnh của người khác lên mạng, bạn cần làm gì?',
   '[{"id": "a", "text": "Không cần làm gì nếu ảnh đẹp"}, {"id": "b", "text": "Xin phép người đó"}, {"id": "c", "text": "Chỉ cần gắn thẻ tên của họ"}, {"id": "d", "text": "Chỉnh sửa cho ảnh đẹp hơn"}]',
   'b', 'Không đăng ảnh, thông tin của người khác khi chưa được họ đồng ý.'),
  ('0195a6b0-0000-7000-8003-000000000211', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Nhóm Zalo gia đình có quá nhiều tin nhắn làm bạn thấy phiền. Cách xử lý phù hợp là gì?',
   '[{"id": "a", "text": "Rời nhóm ngay mà không nói gì"}, {"id": "b", "text": "Nhắn lời lẽ gay gắt cho cả nhóm"}, {"id": "c", "text": "Tắt thông báo của nhóm"}, {"id": "d", "text": "Xóa ứng dụng Zalo khỏi máy"}]',
   'c', 'Tắt thông báo giúp bạn bớt bị làm phiền mà vẫn ở trong nhóm gia đình.'),
  ('0195a6b0-0000-7000-8003-000000000212', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000002',
   'Chuyện riêng của một người thân nên được trao đổi ở đâu?',
   '[{"id": "a", "text": "Nhắn riêng cho người đó"}, {"id": "b", "text": "Đăng lên nhóm gia đình cho mọi người cùng biết"}, {"id": "c", "text": "Đăng công khai trên Facebook"}, {"id": "d", "text": "Gửi vào nhóm Zalo của thôn"}]',
   'a', 'Tin nhắn trong nhóm thì ai trong nhóm cũng đọc được, nên chuyện riêng cần nhắn riêng.');

-- ===================================================================== Module 3: Sáng tạo nội dung số

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000031', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003', 1,
        'Chụp ảnh đẹp bằng điện thoại', 'TEXT', 6,
        NULL, NULL, NULL,
$md$Một tấm ảnh rõ nét giúp bạn lưu giữ kỷ niệm, giới thiệu nông sản của gia đình, hay gửi ảnh giấy tờ cho cán bộ khi làm thủ tục.

### Năm mẹo đơn giản

1. **Lau ống kính.** Ống kính dính vân tay, bụi bẩn làm ảnh bị mờ, nhòe.
2. **Đủ ánh sáng.** Chụp nơi sáng, tốt nhất là ánh sáng tự nhiên. Để nguồn sáng ở phía sau lưng người chụp, chiếu vào người được chụp. Nếu nguồn sáng ở sau lưng người được chụp, ảnh sẽ bị ngược sáng, mặt tối.
3. **Giữ máy chắc tay.** Cầm bằng hai tay, tì khuỷu tay vào người hoặc vào bàn. Chạm vào màn hình, đúng chỗ muốn rõ nét, để máy lấy nét.
4. **Bố cục gọn.** Bật chế độ lưới (các đường kẻ) trong cài đặt máy ảnh, đặt vật cần chụp ở chỗ các đường kẻ giao nhau. Dọn bớt đồ lặt vặt phía sau.
5. **Hạn chế phóng to.** Phóng to bằng ngón tay làm ảnh bị vỡ hạt; tốt hơn hãy bước lại gần.

### Chụp giấy tờ

- Đặt giấy trên mặt phẳng, nơi đủ sáng; không dùng đèn flash vì dễ bị lóa.
- Chụp thẳng từ trên xuống, thấy đủ bốn góc tờ giấy.
- Xem lại ảnh: chữ có đọc rõ không? Nếu không, hãy chụp lại.

### Chụp ảnh sản phẩm để bán hàng

Chụp nhiều góc, có ảnh cận cảnh, dùng nền đơn giản. Ảnh thật, đúng với sản phẩm giúp khách tin tưởng hơn ảnh chỉnh sửa quá đà.

### Ghi nhớ

- Lau ống kính, chụp nơi đủ sáng, tránh ngược sáng.
- Chạm vào màn hình để lấy nét, cầm máy chắc tay.
- Bước lại gần thay vì phóng to.
- Giấy tờ: chụp thẳng, đủ bốn góc, không lóa, chữ đọc được.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000032', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003', 2,
        'Viết bài đăng và soạn văn bản đơn giản', 'TEXT', 7,
        NULL, NULL, NULL,
$md$### Viết một bài đăng

Dù là bài đăng trên Facebook, Zalo hay tin nhắn giới thiệu sản phẩm, một bài viết tốt thường:

1. **Mở đầu rõ ý:** câu đầu tiên nói ngay điều quan trọng nhất. Ví dụ: “Nhà mình có 200 kg bưởi da xanh, giá 30.000 đồng/kg.”
2. **Đủ thông tin:** cái gì, ở đâu, khi nào, liên hệ thế nào.
3. **Ngắn gọn:** chia thành đoạn ngắn, mỗi đoạn một ý.
4. **Viết có dấu, đúng chính tả:** đọc lại một lần trước khi đăng.
5. **Kèm ảnh thật, rõ nét.**

Trước khi đăng, hãy tự hỏi: nội dung này có đúng sự thật không? Có làm ai buồn lòng không? Có làm lộ thông tin riêng tư như số căn cước, địa chỉ nhà, ảnh trẻ em không?

Hãy chọn chế độ người xem phù hợp: **Công khai** (ai cũng xem được), **Bạn bè** (chỉ bạn bè xem được) hoặc **Chỉ mình tôi**.

### Soạn văn bản đơn giản

Khi cần viết một lá đơn, một danh sách hay một biên bản ngắn, bạn có thể dùng ứng dụng soạn thảo trên điện thoại như Google Tài liệu (Google Docs) hoặc Microsoft Word.

1. Mở ứng dụng, nhấn dấu **+** để tạo tài liệu mới.
2. Gõ nội dung. Dùng nút **B** để in đậm tiêu đề.
3. Đặt tên tài liệu dễ hiểu.
4. Dùng chức năng chia sẻ hoặc lưu dưới dạng **PDF** để gửi qua Zalo, thư điện tử.

Tệp PDF giữ nguyên cách trình bày khi mở trên máy khác, nên thích hợp để gửi đi. Nếu gõ chậm, hãy dùng tính năng nhập bằng giọng nói (biểu tượng micrô trên bàn phím).

### Ghi nhớ

- Câu đầu nói điều quan trọng nhất; viết ngắn, có dấu.
- Kiểm tra sự thật và thông tin riêng tư trước khi đăng.
- Chọn đúng chế độ người xem.
- Gửi văn bản dưới dạng PDF để giữ nguyên trình bày.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000033', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003', 3,
        'Tôn trọng bản quyền khi chia sẻ nội dung', 'TEXT', 6,
        NULL, NULL, NULL,
$md$Bài viết, bài hát, hình ảnh, video do ai làm ra thì người đó có quyền tác giả, và quyền này được pháp luật Việt Nam bảo vệ (Luật Sở hữu trí tuệ). Tải về dễ dàng không có nghĩa là được tự do dùng lại.

### Những việc nên làm

1. **Chia sẻ bằng nút “Chia sẻ”** của mạng xã hội: bài gốc vẫn mang tên tác giả.
2. **Ghi rõ nguồn** khi trích một đoạn bài viết hay dùng ảnh của người khác: tên tác giả, tên trang.
3. **Xin phép** khi muốn dùng ảnh, video của người khác để quảng cáo, bán hàng.
4. **Dùng nội dung của chính mình:** tự chụp ảnh sản phẩm, tự quay video.
5. **Dùng kho ảnh, nhạc miễn phí** có ghi rõ được phép sử dụng.

### Những việc không nên làm

- Tải video của người khác rồi đăng lại như của mình.
- Xóa tên, logo của tác giả trên ảnh.
- Dùng ảnh sản phẩm của cửa hàng khác để bán hàng của mình: vừa vi phạm bản quyền, vừa lừa dối khách hàng.
- Dùng nhạc có bản quyền làm nhạc nền cho video bán hàng khi chưa được phép: video có thể bị gỡ, tài khoản có thể bị khóa.

### Bảo vệ nội dung của chính bạn

Bạn có thể ghi tên mình hoặc tên cửa hàng lên góc ảnh (đóng dấu ảnh) để người khác khó lấy dùng. Nếu thấy ai đó dùng ảnh, video của mình mà không xin phép, hãy dùng chức năng **Báo cáo** của mạng xã hội.

### Ghi nhớ

- Mỗi tác phẩm đều có tác giả; tải về được không có nghĩa là được dùng.
- Chia sẻ bằng nút Chia sẻ, ghi nguồn, xin phép khi dùng để kinh doanh.
- Không đăng lại nội dung của người khác như của mình.
- Ghi tên lên góc ảnh để bảo vệ ảnh của bạn.$md$);

INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000000301', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Ảnh chụp bằng điện thoại bị mờ, nhòe. Việc đơn giản đầu tiên nên làm là gì?',
   '[{"id": "a", "text": "Mua ngay điện thoại mới"}, {"id": "b", "text": "Lúc nào cũng bật đèn flash"}, {"id": "c", "text": "Phóng to hết cỡ rồi chụp"}, {"id": "d", "text": "Lau sạch ống kính camera"}]',
   'd', 'Ống kính dính vân tay, bụi bẩn là nguyên nhân thường gặp khiến ảnh bị mờ, nhòe.'),
  ('0195a6b0-0000-7000-8003-000000000302', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Khi chụp ảnh một người, nên để nguồn sáng ở đâu?',
   '[{"id": "a", "text": "Sau lưng người được chụp"}, {"id": "b", "text": "Sau lưng người chụp, chiếu vào người được chụp"}, {"id": "c", "text": "Ngay giữa khung hình cho ảnh thật sáng"}, {"id": "d", "text": "Ở đâu cũng được vì máy tự chỉnh sáng"}]',
   'b', 'Nguồn sáng sau lưng người được chụp làm ảnh bị ngược sáng, khuôn mặt tối.'),
  ('0195a6b0-0000-7000-8003-000000000303', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Muốn chụp rõ một vật ở hơi xa, cách nào cho ảnh nét hơn?',
   '[{"id": "a", "text": "Phóng to hết cỡ bằng ngón tay"}, {"id": "b", "text": "Rung nhẹ máy để máy tự lấy nét"}, {"id": "c", "text": "Bước lại gần vật cần chụp"}, {"id": "d", "text": "Chụp từ xa rồi cắt ảnh thật nhỏ"}]',
   'c', 'Phóng to bằng ngón tay làm ảnh vỡ hạt, bước lại gần sẽ cho ảnh rõ nét hơn.'),
  ('0195a6b0-0000-7000-8003-000000000304', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Khi chụp giấy tờ để gửi làm thủ tục, cần chú ý gì?',
   '[{"id": "a", "text": "Chụp thẳng, đủ bốn góc, không lóa, chữ đọc rõ"}, {"id": "b", "text": "Chụp nghiêng một chút cho ảnh có chiều sâu"}, {"id": "c", "text": "Bật đèn flash cho ảnh thật sáng, thật rõ"}, {"id": "d", "text": "Chỉ cần chụp phần có ảnh chân dung và họ tên là đủ"}]',
   'a', 'Ảnh giấy tờ cần chụp thẳng, thấy đủ bốn góc, không lóa để cán bộ đọc được.'),
  ('0195a6b0-0000-7000-8003-000000000305', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Câu mở đầu của một bài đăng bán hàng nên viết thế nào?',
   '[{"id": "a", "text": "Kể chuyện thời tiết, chuyện gia đình thật dài cho hấp dẫn"}, {"id": "b", "text": "Nói ngay điều quan trọng nhất: bán gì, giá bao nhiêu"}, {"id": "c", "text": "Viết toàn chữ in hoa cho bài đăng thật nổi bật"}, {"id": "d", "text": "Để trống, chỉ đăng ảnh"}]',
   'b', 'Câu đầu tiên nên nói ngay điều quan trọng nhất để người đọc nắm được ý chính.'),
  ('0195a6b0-0000-7000-8003-000000000306', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Chế độ người xem “Công khai” của một bài đăng có nghĩa là gì?',
   '[{"id": "a", "text": "Chỉ mình bạn xem được"}, {"id": "b", "text": "Chỉ người trong gia đình xem được"}, {"id": "c", "text": "Ai cũng xem được bài đăng"}, {"id": "d", "text": "Bài đăng tự xóa sau một ngày"}]',
   'c', '“Công khai” là mọi người đều xem được; muốn hạn chế thì chọn “Bạn bè” hoặc “Chỉ mình tôi”.'),
  ('0195a6b0-0000-7000-8003-000000000307', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Trước khi đăng một bài lên mạng, bạn nên tự kiểm tra điều gì?',
   '[{"id": "a", "text": "Nội dung có đúng sự thật, có lộ thông tin riêng tư không"}, {"id": "b", "text": "Bài đã đủ dài ít nhất 1.000 chữ và đã có ảnh bìa đẹp chưa"}, {"id": "c", "text": "Đã dùng đủ nhiều biểu tượng cảm xúc cho vui mắt chưa"}, {"id": "d", "text": "Đã gắn thẻ tất cả bạn bè trong danh sách chưa"}]',
   'a', 'Trước khi đăng cần chắc nội dung đúng sự thật và không làm lộ số căn cước, địa chỉ, ảnh trẻ em.'),
  ('0195a6b0-0000-7000-8003-000000000308', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Vì sao nên gửi văn bản dưới dạng tệp PDF?',
   '[{"id": "a", "text": "Vì Zalo chỉ gửi được tệp PDF, không gửi được loại khác"}, {"id": "b", "text": "Vì tệp PDF tự sửa lỗi chính tả"}, {"id": "c", "text": "Vì tệp PDF không mở được trên điện thoại"}, {"id": "d", "text": "Vì tệp PDF giữ nguyên trình bày trên máy khác"}]',
   'd', 'Tệp PDF hiển thị giống nhau trên mọi máy nên thích hợp để gửi văn bản đi.'),
  ('0195a6b0-0000-7000-8003-000000000309', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Ảnh, video, bài viết trên mạng do người khác làm ra thì thế nào?',
   '[{"id": "a", "text": "Ai tải về được thì thuộc về người đó, được dùng tùy thích"}, {"id": "b", "text": "Được tự do dùng để bán hàng nếu ghi lời cảm ơn"}, {"id": "c", "text": "Thuộc quyền tác giả của người đó, được pháp luật bảo vệ"}, {"id": "d", "text": "Hết bản quyền ngay khi được đăng công khai lên mạng"}]',
   'c', 'Quyền tác giả được Luật Sở hữu trí tuệ bảo vệ; tải về được không có nghĩa là được dùng lại.'),
  ('0195a6b0-0000-7000-8003-000000000310', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Cách chia sẻ lại bài viết hay của người khác đúng mực là gì?',
   '[{"id": "a", "text": "Dùng nút “Chia sẻ” để bài gốc giữ tên tác giả"}, {"id": "b", "text": "Sao chép rồi đăng như bài của mình"}, {"id": "c", "text": "Tải ảnh về, xóa tên tác giả rồi đăng"}, {"id": "d", "text": "Chụp màn hình và cắt bỏ tên người viết"}]',
   'a', 'Nút “Chia sẻ” giữ nguyên tên tác giả của bài gốc.'),
  ('0195a6b0-0000-7000-8003-000000000311', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Dùng ảnh sản phẩm của cửa hàng khác để bán hàng của mình là việc làm như thế nào?',
   '[{"id": "a", "text": "Cách bán hàng khéo léo, nên làm"}, {"id": "b", "text": "Được phép nếu ảnh đẹp hơn ảnh mình tự chụp"}, {"id": "c", "text": "Được phép nếu đã chỉnh lại màu ảnh"}, {"id": "d", "text": "Vi phạm bản quyền và lừa dối khách hàng"}]',
   'd', 'Ảnh đó thuộc về người khác và không đúng với hàng của bạn, nên vừa vi phạm bản quyền vừa lừa khách.'),
  ('0195a6b0-0000-7000-8003-000000000312', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000003',
   'Muốn hạn chế người khác lấy ảnh sản phẩm của mình, bạn có thể làm gì?',
   '[{"id": "a", "text": "Không bao giờ đăng ảnh sản phẩm lên mạng"}, {"id": "b", "text": "Ghi tên mình hoặc tên cửa hàng lên góc ảnh"}, {"id": "c", "text": "Cố tình chụp ảnh thật mờ cho không ai lấy"}, {"id": "d", "text": "Đăng ảnh của cửa hàng khác"}]',
   'b', 'Đóng dấu tên lên góc ảnh giúp người khác khó lấy ảnh của bạn để dùng.');

-- ===================================================================== Module 4: An toàn trong môi trường số

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000041', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004', 1,
        'Mật khẩu mạnh và mã OTP', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Mật khẩu là chìa khóa nhà bạn trên mạng. Mã OTP là chìa khóa chỉ dùng một lần cho từng lần đăng nhập hay chuyển tiền. Để lộ một trong hai, kẻ gian có thể vào tài khoản ngân hàng, Zalo, Facebook của bạn.

### Mật khẩu mạnh

- Dài ít nhất 8 ký tự, tốt hơn là từ 12 ký tự trở lên.
- Có cả chữ hoa, chữ thường, chữ số và ký hiệu (như ! # @).
- Mẹo dễ nhớ: nghĩ ra một câu của riêng bạn rồi lấy chữ cái đầu. Ví dụ câu “Nhà tôi có 3 con bò vàng ở Sơn Hà!” thành **Ntc3cbvoSH!**.
- Không dùng ngày sinh, số điện thoại, tên con cháu hay dãy “123456”.
- Mỗi tài khoản quan trọng (ngân hàng, thư điện tử, Zalo) dùng một mật khẩu khác nhau, để lộ một mật khẩu thì các tài khoản khác vẫn an toàn.
- Không dán mật khẩu lên điện thoại, không nhắn mật khẩu cho ai.

### Mã OTP

OTP là một dãy vài chữ số được gửi qua tin nhắn hoặc ứng dụng ngân hàng, chỉ dùng một lần trong thời gian ngắn để xác nhận đăng nhập hoặc giao dịch.

1. **Không bao giờ đọc hay gửi mã OTP cho bất kỳ ai**, kể cả người xưng là nhân viên ngân hàng, công an, nhà mạng hay người thân.
2. Ngân hàng và cơ quan nhà nước **không bao giờ** gọi điện hỏi mã OTP. Ai hỏi mã OTP là kẻ lừa đảo.
3. Đọc kỹ tin nhắn chứa mã OTP: nếu tin nhắn nói về một khoản chuyển tiền mà bạn không hề làm, hãy dừng lại.

### Thêm lớp bảo vệ

- Đặt khóa màn hình bằng mã số, vân tay hoặc khuôn mặt.
- Bật **xác thực hai lớp** (xác minh 2 bước) cho Zalo, Facebook, thư điện tử.
- Đổi mật khẩu ngay khi nghi bị lộ.

### Ghi nhớ

- Mật khẩu dài, khó đoán, mỗi tài khoản một mật khẩu.
- Mã OTP không đưa cho bất kỳ ai, trong bất kỳ trường hợp nào.
- Ai hỏi mã OTP là kẻ lừa đảo.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000042', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004', 2,
        'Nhận diện cuộc gọi lừa đảo', 'VIDEO', 6,
        '/media/video/nhan-dien-cuoc-goi-lua-dao.mp4', 270, '/media/video/nhan-dien-cuoc-goi-lua-dao.vi.vtt',
$md$Video minh họa ba kiểu cuộc gọi lừa đảo thường gặp. Nếu không xem được video, hãy đọc nội dung chính dưới đây.

### Tình huống 1: Giả danh công an (phút 0:00)

Người gọi xưng là công an, nói bạn liên quan đến một vụ án, đọc đúng họ tên và số căn cước của bạn, rồi yêu cầu chuyển tiền vào “tài khoản tạm giữ” để điều tra.

**Sự thật:** Công an không làm việc qua điện thoại và không bao giờ yêu cầu người dân chuyển tiền. Khi cần làm việc, công an gửi giấy mời trực tiếp. Kẻ gian biết họ tên, số căn cước của bạn là do thông tin đã bị lộ, không phải vì họ là công an.

### Tình huống 2: Giả danh cơ quan thuế, điện lực, bảo hiểm (phút 1:30)

Người gọi báo bạn đang nợ thuế, sắp bị cắt điện hoặc được hoàn tiền bảo hiểm, rồi gửi đường link hay yêu cầu cài một ứng dụng để “cập nhật thông tin”.

**Sự thật:** Các cơ quan này không yêu cầu cài ứng dụng theo đường link gửi qua tin nhắn, Zalo. Ứng dụng lạ có thể chiếm quyền điều khiển điện thoại và rút tiền của bạn.

### Tình huống 3: Người thân gặp nạn (phút 2:45)

Người gọi báo con, cháu bạn bị tai nạn, đang cấp cứu, cần chuyển tiền gấp để mổ.

**Sự thật:** Kẻ gian luôn tạo cảm giác gấp gáp để bạn không kịp suy nghĩ. Hãy gọi ngay cho chính người thân, nhà trường hoặc bệnh viện để kiểm tra.

### Ba dấu hiệu chung

1. Làm bạn sợ hãi, hoặc hứa hẹn lợi ích.
2. Thúc giục phải làm ngay, dặn giữ bí mật, không được kể với ai.
3. Yêu cầu chuyển tiền, đọc mã OTP, bấm đường link hoặc cài ứng dụng.

### Cách xử lý (phút 4:00)

Bình tĩnh, cúp máy. Không chuyển tiền, không đọc mã OTP. Tự gọi lại số chính thức của cơ quan hoặc số quen của người thân để kiểm tra. Còn lo lắng thì đến hỏi công an xã.

### Ghi nhớ

- Công an không làm việc qua điện thoại và không yêu cầu chuyển tiền.
- Gấp gáp, giữ bí mật, đòi tiền hay OTP: đó là lừa đảo.
- Cúp máy, tự gọi lại số chính thức để kiểm tra.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000043', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004', 3,
        'Tin nhắn trúng thưởng và đường link giả mạo', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Kẻ gian không chỉ gọi điện mà còn gửi tin nhắn SMS, tin nhắn Zalo, Facebook có nội dung hấp dẫn hoặc đáng sợ để dụ bạn bấm vào đường link.

### Các kiểu tin nhắn lừa đảo thường gặp

- **Trúng thưởng:** “Chúc mừng quý khách trúng xe máy, nộp phí 2 triệu đồng để nhận giải.” Chương trình thật không bắt bạn nộp tiền trước mới được nhận thưởng.
- **Giả ngân hàng:** “Tài khoản của quý khách sẽ bị khóa, bấm vào link để xác thực.” Đường link dẫn tới trang web giả, trông giống hệt trang ngân hàng, để lấy tên đăng nhập, mật khẩu và mã OTP.
- **Việc nhẹ lương cao:** “Làm cộng tác viên, thả tim, đặt đơn hàng, nhận hoa hồng.” Lúc đầu được trả ít tiền để tạo lòng tin, sau đó bị dụ nạp số tiền lớn rồi mất trắng.
- **Bưu phẩm bị giữ:** “Bưu phẩm của bạn đang bị giữ, thanh toán phí để nhận.”

Kẻ gian còn có thể dùng thiết bị phát sóng giả để gửi tin nhắn mang đúng tên ngân hàng. Vì vậy, kể cả tin nhắn mang tên ngân hàng cũng không nên bấm vào đường link trong đó.

### Cách nhận biết đường link giả

1. Xem kỹ địa chỉ: trang giả thường sai một vài chữ, thêm dấu gạch, hoặc có đuôi lạ như .xyz, .top, .cc.
2. Trang của cơ quan nhà nước có đuôi .gov.vn.
3. Tin nhắn từ số điện thoại cá nhân lạ nhưng lại xưng là ngân hàng, nhà mạng là dấu hiệu đáng ngờ.
4. Không tải tệp có đuôi **.apk** được gửi qua tin nhắn: đó là ứng dụng có thể chiếm quyền điều khiển điện thoại.

### Cách làm an toàn

- Không bấm vào đường link trong tin nhắn lạ. Muốn kiểm tra tài khoản, hãy tự mở ứng dụng ngân hàng chính thức hoặc gọi tổng đài ngân hàng.
- Chỉ cài ứng dụng từ CH Play hoặc App Store.
- Xóa tin nhắn lừa đảo và chặn số đã gửi.

### Ghi nhớ

- Phải nộp tiền mới được nhận thưởng: đó là lừa đảo.
- Không bấm link trong tin nhắn, kể cả tin nhắn mang tên ngân hàng.
- Không cài tệp .apk gửi qua tin nhắn; chỉ cài ứng dụng từ kho chính thức.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000044', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004', 4,
        'Bảo vệ thông tin cá nhân và xử lý khi bị lừa', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Họ tên, ngày sinh, số căn cước, số điện thoại, địa chỉ nhà, số tài khoản, ảnh khuôn mặt, ảnh giấy tờ… đều là thông tin cá nhân. Có được những thông tin này, kẻ gian có thể giả danh bạn, vay tiền mang tên bạn, hoặc lừa chính bạn và người thân.

### Cách bảo vệ thông tin cá nhân

1. Không đăng ảnh thẻ căn cước, thẻ ngân hàng, vé máy bay hay giấy tờ có mã vạch lên mạng.
2. Không điền thông tin vào các trò chơi “xem bói”, “nhận quà”, phiếu khảo sát không rõ nguồn gốc.
3. Khi buộc phải gửi ảnh căn cước để làm một việc, hãy ghi chú lên ảnh mục đích sử dụng, ví dụ “Chỉ dùng để đăng ký lắp điện”.
4. Không cho người lạ mượn điện thoại; luôn đặt khóa màn hình.
5. Hạn chế đăng công khai địa chỉ nhà, lịch đi vắng dài ngày.

### Khi nghi mình đã bị lừa

Hãy làm ngay, càng nhanh càng có cơ hội giữ lại tiền:

1. **Gọi tổng đài ngân hàng** (số in ở mặt sau thẻ hoặc trong ứng dụng ngân hàng) để yêu cầu khóa tài khoản, khóa thẻ.
2. **Đổi mật khẩu** các tài khoản bị lộ, gỡ ứng dụng lạ vừa cài. Nếu nghi điện thoại bị chiếm quyền, hãy tắt Wi-Fi và dữ liệu di động.
3. **Báo công an xã** nơi gần nhất. Mang theo giấy tờ tùy thân, ảnh chụp tin nhắn, số điện thoại của kẻ gian, số tài khoản đã nhận tiền và biên lai chuyển khoản. Trường hợp khẩn cấp, gọi **113**.
4. **Báo cho người thân, bạn bè** để họ không bị lừa tiếp qua tài khoản Zalo, Facebook của bạn.

Cẩn thận với người tự xưng có thể “lấy lại tiền bị lừa” nếu bạn trả phí trước: đó thường là lừa đảo lần thứ hai.

### Ghi nhớ

- Giữ kín số căn cước, ảnh giấy tờ, số tài khoản, mật khẩu.
- Bị lừa: gọi ngân hàng khóa tài khoản, đổi mật khẩu, báo công an xã.
- Người đòi phí để “lấy lại tiền” cũng là kẻ lừa đảo.$md$);

INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000000401', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Mật khẩu nào sau đây mạnh nhất?',
   '[{"id": "a", "text": "Mua2Lua#SonTinh"}, {"id": "b", "text": "123456"}, {"id": "c", "text": "15031960 (ngày sinh)"}, {"id": "d", "text": "Số điện thoại của bạn"}]',
   'a', 'Mật khẩu mạnh dài, có chữ hoa, chữ thường, chữ số và ký hiệu, không dùng ngày sinh hay số điện thoại.'),
  ('0195a6b0-0000-7000-8003-000000000402', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Mã OTP là gì?',
   '[{"id": "a", "text": "Mật khẩu cố định, dùng mãi không đổi"}, {"id": "b", "text": "Số in trên thẻ căn cước"}, {"id": "c", "text": "Mã dùng một lần để xác nhận đăng nhập hoặc giao dịch"}, {"id": "d", "text": "Mã giảm giá của cửa hàng"}]',
   'c', 'OTP là mã dùng một lần được gửi qua tin nhắn hoặc ứng dụng ngân hàng để xác nhận giao dịch.'),
  ('0195a6b0-0000-7000-8003-000000000403', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Một người xưng là nhân viên ngân hàng gọi điện, đề nghị bạn đọc mã OTP vừa nhận. Bạn nên làm gì?',
   '[{"id": "a", "text": "Đọc mã, vì người đó biết rõ họ tên của bạn"}, {"id": "b", "text": "Không đọc, cúp máy"}, {"id": "c", "text": "Đọc mã nhưng bỏ bớt một chữ số"}, {"id": "d", "text": "Nhắn mã qua Zalo thay vì đọc"}]',
   'b', 'Ngân hàng và cơ quan nhà nước không bao giờ hỏi mã OTP; ai hỏi mã OTP là kẻ lừa đảo.'),
  ('0195a6b0-0000-7000-8003-000000000404', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Vì sao mỗi tài khoản quan trọng nên dùng một mật khẩu khác nhau?',
   '[{"id": "a", "text": "Để điện thoại chạy nhanh hơn"}, {"id": "b", "text": "Vì ngân hàng tính phí nếu dùng trùng mật khẩu với Zalo"}, {"id": "c", "text": "Để dễ nhớ hơn"}, {"id": "d", "text": "Để lộ một mật khẩu thì tài khoản khác vẫn an toàn"}]',
   'd', 'Nếu dùng chung một mật khẩu, lộ một chỗ là kẻ gian vào được tất cả tài khoản.'),
  ('0195a6b0-0000-7000-8003-000000000405', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Một người gọi điện xưng là công an, nói bạn liên quan vụ án và yêu cầu chuyển tiền vào “tài khoản tạm giữ”. Đó là gì?',
   '[{"id": "a", "text": "Thủ tục điều tra bình thường"}, {"id": "b", "text": "Yêu cầu thật, cần làm ngay để khỏi bị bắt"}, {"id": "c", "text": "Công an thật, vì họ biết số căn cước của bạn"}, {"id": "d", "text": "Lừa đảo giả danh công an"}]',
   'd', 'Công an không làm việc qua điện thoại, không yêu cầu người dân chuyển tiền; khi cần sẽ gửi giấy mời trực tiếp.'),
  ('0195a6b0-0000-7000-8003-000000000406', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Người gọi đọc đúng họ tên, số căn cước của bạn. Điều đó cho biết gì?',
   '[{"id": "a", "text": "Họ chắc chắn là cán bộ nhà nước"}, {"id": "b", "text": "Thông tin của bạn đã bị lộ"}, {"id": "c", "text": "Họ là nhân viên ngân hàng thật"}, {"id": "d", "text": "Bạn bắt buộc phải làm theo yêu cầu của họ"}]',
   'b', 'Kẻ gian có thể biết thông tin cá nhân do bị lộ, nên điều đó không chứng minh họ là ai.'),
  ('0195a6b0-0000-7000-8003-000000000407', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Đâu là các dấu hiệu chung của cuộc gọi lừa đảo?',
   '[{"id": "a", "text": "Nói chuyện từ tốn, hẹn gặp tại trụ sở và gửi giấy mời tận nhà cho bạn"}, {"id": "b", "text": "Gọi trong giờ hành chính, xưng đầy đủ họ tên và chức vụ"}, {"id": "c", "text": "Gây sợ hoặc hứa lợi; thúc giục, dặn giữ bí mật; đòi tiền hay OTP"}, {"id": "d", "text": "Gọi từ số máy bàn, nói giọng địa phương quen thuộc"}]',
   'c', 'Lừa đảo thường làm bạn sợ hoặc ham lợi, thúc giục làm ngay trong bí mật và đòi tiền, OTP, link hay ứng dụng.'),
  ('0195a6b0-0000-7000-8003-000000000408', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Khi nghi một cuộc gọi là lừa đảo, bạn nên làm gì?',
   '[{"id": "a", "text": "Cúp máy, tự gọi lại số chính thức để kiểm tra"}, {"id": "b", "text": "Làm theo hướng dẫn của họ"}, {"id": "c", "text": "Cài ứng dụng họ gửi để xác minh"}, {"id": "d", "text": "Chuyển thử một ít tiền"}]',
   'a', 'Cúp máy rồi tự gọi lại số chính thức giúp bạn kiểm tra mà không rơi vào bẫy của kẻ gian.'),
  ('0195a6b0-0000-7000-8003-000000000409', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Tin nhắn báo bạn trúng xe máy, yêu cầu nộp 2 triệu đồng phí để nhận giải. Đây là gì?',
   '[{"id": "a", "text": "May mắn hiếm có, nên nộp tiền ngay"}, {"id": "b", "text": "Tin nhắn lừa đảo"}, {"id": "c", "text": "Chương trình khuyến mại hợp lệ của nhà mạng"}, {"id": "d", "text": "Giải thưởng thật, chỉ cần nộp phí trước hạn"}]',
   'b', 'Phải nộp tiền trước mới được nhận thưởng là dấu hiệu chắc chắn của lừa đảo.'),
  ('0195a6b0-0000-7000-8003-000000000410', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Tin nhắn mang tên ngân hàng báo tài khoản sắp bị khóa, kèm đường link để “xác thực”. Bạn nên làm gì?',
   '[{"id": "a", "text": "Bấm link và nhập mật khẩu để giữ cho tài khoản khỏi bị khóa"}, {"id": "b", "text": "Bấm link nhưng chỉ không nhập mã OTP"}, {"id": "c", "text": "Chuyển tin nhắn cho người thân bấm hộ"}, {"id": "d", "text": "Không bấm link, tự mở ứng dụng ngân hàng để kiểm tra"}]',
   'd', 'Kẻ gian có thể gửi tin nhắn mang tên ngân hàng dẫn tới trang web giả, nên không bấm link trong tin nhắn.'),
  ('0195a6b0-0000-7000-8003-000000000411', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Người lạ gửi qua tin nhắn một tệp có đuôi .apk và bảo bạn cài đặt. Bạn nên làm gì?',
   '[{"id": "a", "text": "Không cài tệp đó"}, {"id": "b", "text": "Cài ngay vì tệp được gửi qua Zalo"}, {"id": "c", "text": "Cài xong rồi gỡ ngay"}, {"id": "d", "text": "Cài nếu người gửi xưng là cán bộ"}]',
   'a', 'Tệp .apk là ứng dụng cài ngoài kho chính thức, có thể chiếm quyền điện thoại và rút tiền.'),
  ('0195a6b0-0000-7000-8003-000000000412', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000004',
   'Nghi mình vừa bị lừa chuyển tiền, việc cần làm ngay là gì?',
   '[{"id": "a", "text": "Chờ vài ngày xem kẻ gian có trả lại tiền không"}, {"id": "b", "text": "Trả phí trước cho người hứa sẽ lấy lại được toàn bộ tiền"}, {"id": "c", "text": "Gọi tổng đài ngân hàng khóa tài khoản, báo công an xã"}, {"id": "d", "text": "Xóa hết tin nhắn để quên chuyện đã qua"}]',
   'c', 'Báo ngân hàng và công an càng sớm càng có cơ hội giữ lại tiền; cần giữ lại tin nhắn làm bằng chứng.');

-- ===================================================================== Module 5: Giải quyết vấn đề

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000051', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005', 1,
        'Dịch vụ công trực tuyến và ứng dụng VNeID', 'TEXT', 8,
        NULL, NULL, NULL,
$md$Nhiều thủ tục hành chính nay có thể làm ngay trên điện thoại, không phải đi lại nhiều lần: đăng ký khai sinh, đăng ký thường trú, xin cấp phiếu lý lịch tư pháp và nhiều việc khác.

### Ứng dụng VNeID

VNeID là ứng dụng định danh điện tử của **Bộ Công an**. Tài khoản định danh điện tử mức 2 được đăng ký tại cơ quan công an, thường là khi làm thẻ căn cước. Với tài khoản này, bạn có thể:

- Xuất trình thẻ căn cước điện tử và các giấy tờ đã tích hợp như thẻ bảo hiểm y tế, giấy phép lái xe.
- Đăng nhập Cổng Dịch vụ công quốc gia mà không phải tạo thêm tài khoản khác.

Cách bắt đầu:

1. Tải ứng dụng VNeID từ **CH Play** hoặc **App Store**. Không cài VNeID theo đường link người khác gửi.
2. Đăng nhập bằng **số định danh cá nhân** (12 số trên thẻ căn cước) và mật khẩu.
3. Đặt mã bảo vệ (passcode) gồm 6 chữ số. Giữ bí mật mật khẩu và mã bảo vệ, không đưa cho ai.

Công an không gọi điện hướng dẫn người dân cài VNeID qua đường link. Nếu cần giúp, hãy đến công an xã.

### Cổng Dịch vụ công quốc gia

Địa chỉ: **dichvucong.gov.vn** (chú ý đuôi .gov.vn).

1. Mở trình duyệt, gõ đúng địa chỉ dichvucong.gov.vn.
2. Chọn **Đăng nhập**, chọn đăng nhập bằng tài khoản định danh điện tử VNeID.
3. Gõ tên thủ tục vào ô tìm kiếm, ví dụ “đăng ký khai sinh”.
4. Chọn đúng cơ quan giải quyết (xã, phường nơi bạn ở), điền tờ khai, tải ảnh giấy tờ lên.
5. Nộp hồ sơ và ghi lại **mã hồ sơ** để tra cứu tiến độ.
6. Theo dõi kết quả qua tin nhắn, thư điện tử hoặc ngay trên Cổng.

Nếu gặp khó khăn, hãy nhờ cán bộ bộ phận một cửa của xã hoặc Tổ công nghệ số cộng đồng ở thôn hướng dẫn.

### Ghi nhớ

- VNeID là ứng dụng của Bộ Công an; chỉ tải từ CH Play hoặc App Store.
- Cổng Dịch vụ công quốc gia: dichvucong.gov.vn, đăng nhập bằng VNeID.
- Nộp xong nhớ ghi lại mã hồ sơ.
- Không đưa mật khẩu, mã bảo vệ VNeID cho ai.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000052', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005', 2,
        'Thanh toán trực tuyến và quét mã QR an toàn', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Ngày nay bạn có thể trả tiền điện, tiền nước, học phí hay mua hàng ở chợ bằng cách quét mã QR trên điện thoại, không cần mang nhiều tiền mặt.

### Trả tiền bằng mã QR

1. Mở **ứng dụng ngân hàng** (hoặc ví điện tử) của bạn và đăng nhập.
2. Chọn chức năng **Quét QR**.
3. Đưa camera vào mã QR của người bán.
4. **Kiểm tra kỹ tên người nhận** hiện trên màn hình có đúng là người bán không, và kiểm tra **số tiền**.
5. Xác nhận bằng mã PIN, vân tay hoặc mã OTP. Chờ màn hình báo **giao dịch thành công**.

Nếu bạn là người bán: đừng chỉ tin vào ảnh chụp màn hình “chuyển khoản thành công” do khách đưa ra. Hãy kiểm tra tin báo số dư hoặc lịch sử giao dịch trong ứng dụng ngân hàng của mình.

### Cẩn thận với mã QR lạ

Mã QR cũng có thể mở ra một trang web. Kẻ gian dán mã QR giả đè lên mã thật, hoặc gửi mã QR dẫn tới trang giả mạo.

- Chỉ quét mã QR để trả tiền bên trong ứng dụng ngân hàng.
- Nếu quét mã QR mà mở ra trang web đòi nhập mật khẩu, số thẻ, mã OTP: dừng lại ngay.
- Ở cửa hàng, để ý xem mã QR có bị dán đè lên không.

### Nguyên tắc an toàn

- **Nhận tiền không bao giờ cần** nhập mã OTP, quét mã QR hay cài ứng dụng. Ai bảo làm vậy để “nhận tiền” là kẻ lừa đảo.
- Nếu có người báo “chuyển nhầm” tiền vào tài khoản của bạn rồi đòi bạn chuyển trả, đừng tự chuyển. Hãy báo ngân hàng để ngân hàng xử lý.
- Không chuyển tiền đặt cọc cho người bán lạ trên mạng khi chưa kiểm chứng.
- Chỉ cài ứng dụng ngân hàng từ CH Play hoặc App Store; đặt hạn mức chuyển tiền vừa đủ dùng.

### Ghi nhớ

- Quét QR trong ứng dụng ngân hàng; kiểm tra tên người nhận và số tiền trước khi xác nhận.
- Người bán kiểm tra tin báo số dư, không tin ảnh chụp màn hình.
- Nhận tiền không cần OTP.
- Bị báo “chuyển nhầm”: báo ngân hàng, không tự chuyển trả.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000053', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005', 3,
        'Tự xử lý sự cố thường gặp trên điện thoại', 'TEXT', 7,
        NULL, NULL, NULL,
$md$### Bộ nhớ đầy

Dấu hiệu: máy báo “bộ nhớ đầy”, không chụp được ảnh, không cài được ứng dụng, máy chạy chậm.

1. Vào **Cài đặt**, chọn **Bộ nhớ** (có máy gọi là Lưu trữ hoặc Chăm sóc thiết bị) để xem phần nào chiếm nhiều chỗ.
2. Xóa ảnh trùng, video đã xem xong mà không cần giữ. Video thường chiếm nhiều chỗ nhất.
3. Gỡ ứng dụng không dùng: nhấn giữ biểu tượng ứng dụng, chọn **Gỡ cài đặt**.
4. Trong phần cài đặt của Zalo, tìm mục quản lý dữ liệu, dung lượng để xóa bớt dữ liệu tạm.
5. Trước khi xóa, nhớ sao lưu ảnh quan trọng.

Không tải các ứng dụng “dọn rác”, “tăng tốc” từ đường link lạ.

### Cập nhật phần mềm

Bản cập nhật sửa lỗi và vá lỗ hổng bảo mật, giúp máy an toàn hơn.

- Cập nhật hệ điều hành: **Cài đặt → Cập nhật phần mềm**.
- Cập nhật ứng dụng: mở CH Play hoặc App Store, chọn cập nhật.
- Nên cập nhật khi có Wi-Fi và pin trên 50% hoặc đang sạc.
- Chỉ cập nhật qua Cài đặt hoặc kho ứng dụng, không theo đường link trong tin nhắn.

### Kết nối Wi-Fi

1. Vào **Cài đặt → Wi-Fi** (hoặc vuốt từ mép trên màn hình xuống, nhấn giữ biểu tượng Wi-Fi).
2. Bật Wi-Fi, chọn tên mạng, nhập mật khẩu (chú ý chữ hoa, chữ thường).
3. Không vào được mạng? Tắt Wi-Fi rồi bật lại; khởi động lại bộ phát Wi-Fi (tắt nguồn khoảng 30 giây rồi bật lại); đứng gần bộ phát hơn.
4. Ở Wi-Fi công cộng (quán cà phê, bến xe), không đăng nhập ngân hàng hay chuyển tiền.

### Mẹo chung: khởi động lại máy

Nhiều lỗi như treo máy, mất sóng, ứng dụng đứng hình có thể hết chỉ bằng cách tắt máy rồi bật lại.

### Ghi nhớ

- Bộ nhớ đầy: xóa video, ảnh thừa, gỡ ứng dụng không dùng.
- Cập nhật qua Cài đặt hoặc kho ứng dụng, khi có Wi-Fi và đủ pin.
- Wi-Fi lỗi: tắt bật lại, khởi động lại bộ phát.
- Không chuyển tiền qua Wi-Fi công cộng.$md$);

INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000000501', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Địa chỉ của Cổng Dịch vụ công quốc gia là gì?',
   '[{"id": "a", "text": "dichvucong.com"}, {"id": "b", "text": "dichvucong.gov.vn"}, {"id": "c", "text": "dichvucong-vn.top"}, {"id": "d", "text": "dichvucongquocgia.xyz"}]',
   'b', 'Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn, với đuôi .gov.vn của cơ quan nhà nước.'),
  ('0195a6b0-0000-7000-8003-000000000502', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'VNeID là ứng dụng định danh điện tử của cơ quan nào?',
   '[{"id": "a", "text": "Bộ Công an"}, {"id": "b", "text": "Một ngân hàng thương mại"}, {"id": "c", "text": "Một nhà mạng điện thoại"}, {"id": "d", "text": "Một công ty trò chơi"}]',
   'a', 'VNeID là ứng dụng định danh điện tử do Bộ Công an quản lý.'),
  ('0195a6b0-0000-7000-8003-000000000503', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Khi đăng nhập ứng dụng VNeID, bạn dùng số nào?',
   '[{"id": "a", "text": "Số tài khoản ngân hàng của bạn"}, {"id": "b", "text": "Số điện thoại của người thân trong nhà"}, {"id": "c", "text": "Mã OTP vừa nhận qua tin nhắn"}, {"id": "d", "text": "Số định danh cá nhân trên thẻ căn cước"}]',
   'd', 'Tài khoản VNeID đăng nhập bằng số định danh cá nhân, tức 12 số trên thẻ căn cước, cùng mật khẩu.'),
  ('0195a6b0-0000-7000-8003-000000000504', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Sau khi nộp hồ sơ trên Cổng Dịch vụ công, bạn cần ghi lại gì để tra cứu tiến độ?',
   '[{"id": "a", "text": "Mật khẩu VNeID"}, {"id": "b", "text": "Mã OTP"}, {"id": "c", "text": "Mã hồ sơ"}, {"id": "d", "text": "Tên cán bộ trực"}]',
   'c', 'Mã hồ sơ dùng để tra cứu hồ sơ đang được giải quyết đến đâu.'),
  ('0195a6b0-0000-7000-8003-000000000505', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Một người gọi điện xưng là công an, gửi đường link để “cài VNeID mới”. Bạn nên làm gì?',
   '[{"id": "a", "text": "Không bấm link; chỉ tải VNeID từ CH Play, App Store"}, {"id": "b", "text": "Bấm link và cài ngay vì người gọi là công an"}, {"id": "c", "text": "Đọc mật khẩu VNeID để họ cài giúp cho nhanh"}, {"id": "d", "text": "Gửi ảnh hai mặt thẻ căn cước để họ kích hoạt tài khoản mới"}]',
   'a', 'Công an không hướng dẫn cài VNeID qua đường link; ứng dụng thật chỉ có trên CH Play và App Store.'),
  ('0195a6b0-0000-7000-8003-000000000506', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Khi trả tiền bằng mã QR, trước khi xác nhận bạn phải kiểm tra gì?',
   '[{"id": "a", "text": "Màu sắc của mã QR"}, {"id": "b", "text": "Số ô vuông nhỏ trong mã QR"}, {"id": "c", "text": "Tên người nhận và số tiền"}, {"id": "d", "text": "Giờ hiện trên điện thoại"}]',
   'c', 'Kiểm tra tên người nhận và số tiền giúp tránh chuyển nhầm hoặc trả cho mã QR giả dán đè.'),
  ('0195a6b0-0000-7000-8003-000000000507', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Để nhận tiền chuyển khoản từ người khác, bạn có cần nhập mã OTP không?',
   '[{"id": "a", "text": "Có, phải đọc mã OTP cho người chuyển"}, {"id": "b", "text": "Không, nhận tiền không cần OTP"}, {"id": "c", "text": "Có, phải quét mã QR do người chuyển gửi"}, {"id": "d", "text": "Có, phải cài ứng dụng do người chuyển gửi"}]',
   'b', 'Nhận tiền không cần OTP, QR hay ứng dụng; ai bảo làm vậy để nhận tiền là kẻ lừa đảo.'),
  ('0195a6b0-0000-7000-8003-000000000508', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Khách đưa ảnh chụp màn hình “chuyển khoản thành công”. Người bán nên làm gì?',
   '[{"id": "a", "text": "Tin ngay ảnh chụp màn hình vì ảnh trông rất giống thật"}, {"id": "b", "text": "Giao hàng trước, vài ngày sau mới kiểm tra tài khoản"}, {"id": "c", "text": "Đề nghị khách gửi mã OTP để đối chiếu"}, {"id": "d", "text": "Kiểm tra tin báo số dư trong ứng dụng ngân hàng"}]',
   'd', 'Ảnh chụp màn hình có thể bị làm giả, chỉ tin báo số dư của ngân hàng mới chắc chắn.'),
  ('0195a6b0-0000-7000-8003-000000000509', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Có người báo “chuyển nhầm” tiền vào tài khoản của bạn và đòi bạn chuyển trả. Bạn nên làm gì?',
   '[{"id": "a", "text": "Chuyển trả ngay cho họ"}, {"id": "b", "text": "Giữ lại số tiền đó để tiêu"}, {"id": "c", "text": "Gửi mã OTP để họ tự rút lại"}, {"id": "d", "text": "Báo ngân hàng xử lý, không tự chuyển trả"}]',
   'd', 'Chuyện “chuyển nhầm” có thể là bẫy lừa đảo; ngân hàng sẽ xử lý đúng quy định.'),
  ('0195a6b0-0000-7000-8003-000000000510', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Điện thoại báo bộ nhớ đầy. Cách nào sau đây giúp giải phóng bộ nhớ?',
   '[{"id": "a", "text": "Xóa video, ảnh thừa, gỡ ứng dụng không dùng"}, {"id": "b", "text": "Sạc pin đầy 100% rồi mới dùng"}, {"id": "c", "text": "Tăng độ sáng màn hình"}, {"id": "d", "text": "Cài thêm ứng dụng “dọn rác” từ đường link lạ"}]',
   'a', 'Video, ảnh thừa và ứng dụng không dùng chiếm nhiều chỗ; xóa bớt sẽ giải phóng bộ nhớ.'),
  ('0195a6b0-0000-7000-8003-000000000511', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Nên cập nhật phần mềm điện thoại như thế nào cho an toàn?',
   '[{"id": "a", "text": "Theo đường link được gửi kèm trong tin nhắn của nhà mạng"}, {"id": "b", "text": "Khi pin chỉ còn 5%"}, {"id": "c", "text": "Qua Cài đặt hoặc kho ứng dụng, khi có Wi-Fi"}, {"id": "d", "text": "Không bao giờ cập nhật"}]',
   'c', 'Bản cập nhật chính thức vá lỗ hổng bảo mật, chỉ nên lấy từ Cài đặt hoặc kho ứng dụng.'),
  ('0195a6b0-0000-7000-8003-000000000512', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000005',
   'Điện thoại không vào được Wi-Fi ở nhà. Bạn nên thử cách nào trước?',
   '[{"id": "a", "text": "Khôi phục cài đặt gốc"}, {"id": "b", "text": "Tắt Wi-Fi rồi bật lại, khởi động lại bộ phát"}, {"id": "c", "text": "Gỡ hết các ứng dụng"}, {"id": "d", "text": "Mua ngay điện thoại mới"}]',
   'b', 'Tắt bật lại Wi-Fi và khởi động lại bộ phát là cách đơn giản, thường khắc phục được lỗi kết nối.');

-- ===================================================================== Module 6: Ứng dụng trí tuệ nhân tạo

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000061', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006', 1,
        'Trí tuệ nhân tạo và trợ lý AI là gì?', 'TEXT', 6,
        NULL, NULL, NULL,
$md$Trí tuệ nhân tạo (thường gọi tắt là AI) là công nghệ giúp máy tính hiểu lời nói, chữ viết thông thường của con người để trả lời, viết văn bản, dịch, nhận diện hình ảnh… Trợ lý AI là chương trình bạn trò chuyện bằng cách gõ chữ hoặc nói, ví dụ ChatGPT, Gemini, Copilot hay trợ lý ảo có sẵn trên điện thoại.

### AI có thể giúp gì?

- **Giải thích** một điều khó bằng lời dễ hiểu, ví dụ: “Bảo hiểm y tế hộ gia đình là gì?”
- **Gợi ý:** thực đơn cho cả nhà, lịch chăm sóc cây trồng.
- **Viết nháp:** lời chúc, bài giới thiệu sản phẩm, lá đơn đơn giản.
- **Dịch** giữa tiếng Việt và tiếng Anh, cùng nhiều thứ tiếng khác.
- **Tóm tắt** một bài viết dài.

### AI không phải biết tất cả

AI học từ rất nhiều văn bản có sẵn rồi đoán ra câu trả lời nghe hợp lý nhất. Vì vậy AI **có thể sai**, thậm chí bịa ra thông tin nghe rất thuyết phục: số liệu, tên văn bản pháp luật, địa chỉ không có thật. AI cũng có thể không biết những thay đổi mới nhất.

AI là người trợ giúp, không thay thế bác sĩ, luật sư hay cán bộ chuyên môn.

### Bắt đầu sử dụng

1. Tải ứng dụng trợ lý AI từ CH Play hoặc App Store (xem kỹ tên nhà phát triển), hoặc dùng trợ lý có sẵn trong máy.
2. Gõ hoặc nói câu hỏi bằng tiếng Việt.
3. Đọc câu trả lời; có thể hỏi tiếp để làm rõ.

Cảnh giác với ứng dụng giả mạo AI đòi trả phí bất thường hoặc đòi quyền đọc danh bạ, tin nhắn của bạn.

### Ghi nhớ

- Trợ lý AI giải thích, gợi ý, viết nháp, dịch, tóm tắt theo yêu cầu.
- AI có thể sai hoặc bịa thông tin.
- AI không thay thế bác sĩ, luật sư, cán bộ chuyên môn.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000062', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006', 2,
        'Đặt câu hỏi tốt và kiểm tra câu trả lời của AI', 'TEXT', 7,
        NULL, NULL, NULL,
$md$### Đặt câu hỏi tốt

Câu hỏi càng rõ, câu trả lời càng hữu ích. Một câu hỏi tốt nên có ba phần:

1. **Bối cảnh:** bạn là ai, đang ở hoàn cảnh nào.
2. **Việc cần làm:** giải thích, viết, liệt kê, so sánh…
3. **Cách trả lời mong muốn:** ngắn gọn hay chi tiết, từng bước, lời lẽ dễ hiểu, dài khoảng bao nhiêu chữ.

Ví dụ:

- Chưa tốt: “Viết quảng cáo.”
- Tốt hơn: “Tôi bán mật ong rừng ở vùng núi Quảng Ngãi. Hãy viết giúp tôi một bài giới thiệu ngắn khoảng 80 chữ để đăng Zalo, lời lẽ mộc mạc, chừa chỗ để tôi ghi số điện thoại.”

Nếu chưa ưng ý, đừng bỏ cuộc: hãy hỏi tiếp, ví dụ “Viết ngắn hơn”, “Giải thích đơn giản hơn cho người lớn tuổi”, “Cho thêm một ví dụ”.

### Kiểm tra câu trả lời

1. **Hỏi nguồn:** đề nghị AI cho biết thông tin lấy từ đâu, rồi tự mở nguồn đó ra xem. AI có thể đưa ra nguồn không hề tồn tại.
2. **Đối chiếu:** so với trang chính thống (đuôi .gov.vn), báo đài chính thống, hoặc hỏi người có chuyên môn.
3. **Cẩn thận với số liệu, ngày tháng, quy định pháp luật, liều thuốc:** đây là những chỗ AI hay sai, mà sai thì hậu quả lớn.
4. **Việc hệ trọng** về sức khỏe, pháp luật, tiền bạc: chỉ coi câu trả lời của AI là tham khảo, hãy hỏi bác sĩ, cán bộ, ngân hàng trước khi quyết định.

### Ghi nhớ

- Câu hỏi tốt gồm: bối cảnh, việc cần làm, cách trả lời mong muốn.
- Chưa ưng thì hỏi tiếp, yêu cầu sửa lại.
- Tự kiểm tra nguồn và số liệu; việc hệ trọng thì hỏi người có chuyên môn.$md$);

INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000063', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006', 3,
        'Giữ bí mật khi dùng AI và cảnh giác với deepfake', 'TEXT', 7,
        NULL, NULL, NULL,
$md$### Không đưa thông tin riêng tư cho AI

Những gì bạn gõ vào trợ lý AI được gửi lên máy chủ của công ty cung cấp dịch vụ, có thể được lưu lại và dùng để cải tiến sản phẩm. Vì vậy:

- Không nhập mật khẩu, mã OTP, số thẻ ngân hàng, số căn cước.
- Không tải lên ảnh giấy tờ tùy thân, hồ sơ bệnh án, ảnh riêng tư.
- Cán bộ, công chức không đưa tài liệu nội bộ, tài liệu mật của cơ quan vào trợ lý AI.
- Khi hỏi về một trường hợp cụ thể, hãy bỏ tên thật, địa chỉ, số điện thoại. Ví dụ: viết “một người 70 tuổi” thay cho họ tên đầy đủ.

### Deepfake là gì?

Deepfake là video, hình ảnh hoặc giọng nói giả được tạo bằng AI, trông và nghe rất giống người thật. Kẻ gian lấy ảnh, video bạn đăng công khai để giả mặt, giả giọng rồi:

- Gọi video cho người thân của bạn, hỏi vay tiền gấp.
- Làm video giả người nổi tiếng, giả bác sĩ để quảng cáo thuốc, rủ đầu tư.

### Dấu hiệu nhận biết

1. Cuộc gọi video rất ngắn, hình mờ, chập chờn, lấy cớ “mạng yếu” rồi tắt.
2. Khuôn mặt ít biểu cảm, miệng không khớp với lời nói, viền mặt bị nhòe khi cử động.
3. Câu chuyện luôn dẫn tới tiền: vay gấp, chuyển khoản, đầu tư.

### Cách phòng tránh

- Tắt máy, **gọi lại vào số điện thoại quen** của người thân (gọi bình thường, không gọi lại qua tài khoản vừa nhắn).
- Hỏi một chuyện riêng mà chỉ người thân thật mới biết.
- Cả nhà có thể thống nhất một **“mật khẩu gia đình”** để xác minh khi có chuyện gấp.
- Hạn chế đăng công khai video có khuôn mặt, giọng nói rõ nét.

### Ghi nhớ

- Không nhập mật khẩu, OTP, số giấy tờ, tài liệu mật vào AI.
- Deepfake có thể giả cả khuôn mặt lẫn giọng nói.
- Cuộc gọi hỏi tiền gấp: tắt máy, gọi lại số quen, hỏi chuyện riêng.$md$);

INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000000601', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Trợ lý AI như ChatGPT, Gemini có thể giúp bạn việc gì?',
   '[{"id": "a", "text": "Thay bác sĩ kê đơn thuốc"}, {"id": "b", "text": "Rút tiền từ tài khoản ngân hàng"}, {"id": "c", "text": "Giải thích, viết nháp, dịch, tóm tắt"}, {"id": "d", "text": "Cấp giấy tờ thay cơ quan nhà nước"}]',
   'c', 'Trợ lý AI hỗ trợ giải thích, gợi ý, viết nháp, dịch và tóm tắt, không thay thế người có chuyên môn.'),
  ('0195a6b0-0000-7000-8003-000000000602', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Câu nào đúng về câu trả lời của AI?',
   '[{"id": "a", "text": "AI luôn đúng vì là máy tính"}, {"id": "b", "text": "AI luôn biết mọi thay đổi mới nhất trong ngày"}, {"id": "c", "text": "AI không bao giờ bịa số liệu"}, {"id": "d", "text": "AI có thể sai, thậm chí bịa thông tin"}]',
   'd', 'AI đoán câu trả lời nghe hợp lý nhất nên có thể sai hoặc bịa số liệu, văn bản, địa chỉ.'),
  ('0195a6b0-0000-7000-8003-000000000603', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Một câu hỏi tốt cho trợ lý AI nên có những gì?',
   '[{"id": "a", "text": "Bối cảnh, việc cần làm, cách trả lời mong muốn"}, {"id": "b", "text": "Càng ngắn càng tốt, chỉ cần một hai chữ là AI tự hiểu"}, {"id": "c", "text": "Viết toàn chữ in hoa để AI chú ý hơn"}, {"id": "d", "text": "Mật khẩu của bạn để AI nhận ra bạn là ai"}]',
   'a', 'Nêu rõ bối cảnh, việc cần làm và cách trả lời mong muốn giúp AI trả lời sát ý bạn.'),
  ('0195a6b0-0000-7000-8003-000000000604', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Câu trả lời của AI quá dài, khó hiểu. Bạn nên làm gì?',
   '[{"id": "a", "text": "Bỏ cuộc vì AI không thể sửa lại câu trả lời"}, {"id": "b", "text": "Hỏi tiếp, đề nghị viết ngắn hơn, dễ hiểu hơn"}, {"id": "c", "text": "Gỡ ứng dụng rồi cài lại từ đầu"}, {"id": "d", "text": "Nhập thêm thông tin cá nhân để AI hiểu bạn hơn"}]',
   'b', 'Có thể trò chuyện tiếp với AI để yêu cầu sửa câu trả lời cho vừa ý.'),
  ('0195a6b0-0000-7000-8003-000000000605', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'AI nêu tên một văn bản pháp luật làm nguồn. Bạn nên làm gì?',
   '[{"id": "a", "text": "Tin ngay vì có số hiệu văn bản rõ ràng"}, {"id": "b", "text": "Tự mở nguồn đó ra kiểm tra"}, {"id": "c", "text": "Chia sẻ ngay vào nhóm Zalo của thôn"}, {"id": "d", "text": "Không cần kiểm tra vì AI đã đọc rồi"}]',
   'b', 'AI có thể bịa nguồn, nên cần tự kiểm tra trên trang chính thống như trang .gov.vn.'),
  ('0195a6b0-0000-7000-8003-000000000606', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'AI gợi ý liều thuốc cho người thân đang ốm. Bạn nên làm gì?',
   '[{"id": "a", "text": "Làm theo ngay vì AI học rất nhiều"}, {"id": "b", "text": "Tăng gấp đôi liều cho nhanh khỏi"}, {"id": "c", "text": "Hỏi AI thêm lần nữa rồi làm theo"}, {"id": "d", "text": "Chỉ tham khảo, hỏi bác sĩ trước khi dùng"}]',
   'd', 'Với sức khỏe, câu trả lời của AI chỉ để tham khảo; liều thuốc phải hỏi bác sĩ.'),
  ('0195a6b0-0000-7000-8003-000000000607', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Thông tin nào KHÔNG nên nhập vào trợ lý AI?',
   '[{"id": "a", "text": "Câu hỏi về cách chăm sóc cây cà phê"}, {"id": "b", "text": "Yêu cầu viết lời chúc Tết cho ông bà"}, {"id": "c", "text": "Mật khẩu, mã OTP, số thẻ ngân hàng"}, {"id": "d", "text": "Câu hỏi về nghĩa của một từ tiếng Anh"}]',
   'c', 'Nội dung nhập vào AI được gửi lên máy chủ và có thể được lưu lại, nên không nhập thông tin bí mật.'),
  ('0195a6b0-0000-7000-8003-000000000608', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Cán bộ, công chức có được đưa tài liệu nội bộ, tài liệu mật của cơ quan vào trợ lý AI không?',
   '[{"id": "a", "text": "Không, tuyệt đối không"}, {"id": "b", "text": "Được, nếu tài liệu quá dài cần tóm tắt"}, {"id": "c", "text": "Được, nếu dùng điện thoại cá nhân"}, {"id": "d", "text": "Được, nếu làm ngoài giờ hành chính"}]',
   'a', 'Tài liệu nhập vào AI rời khỏi cơ quan và có thể bị lưu lại, nên không được đưa tài liệu nội bộ, tài liệu mật.'),
  ('0195a6b0-0000-7000-8003-000000000609', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Deepfake là gì?',
   '[{"id": "a", "text": "Video, ảnh hoặc giọng nói giả tạo bằng AI"}, {"id": "b", "text": "Một loại vi-rút làm hỏng màn hình điện thoại"}, {"id": "c", "text": "Ứng dụng gọi video có sẵn của các nhà mạng"}, {"id": "d", "text": "Tên một mạng xã hội mới"}]',
   'a', 'Deepfake dùng AI để giả khuôn mặt, giọng nói của người thật.'),
  ('0195a6b0-0000-7000-8003-000000000610', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Dấu hiệu nào cho thấy một cuộc gọi video có thể là deepfake?',
   '[{"id": "a", "text": "Hình rõ, trò chuyện lâu về chuyện gia đình"}, {"id": "b", "text": "Gọi rất ngắn, hình mờ, rồi hỏi vay tiền gấp"}, {"id": "c", "text": "Người gọi hẹn cuối tuần về thăm nhà"}, {"id": "d", "text": "Người gọi hỏi thăm sức khỏe, không nhắc gì đến tiền"}]',
   'b', 'Deepfake thường lộ qua cuộc gọi ngắn, hình mờ, chập chờn và luôn dẫn tới chuyện tiền.'),
  ('0195a6b0-0000-7000-8003-000000000611', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Gia đình có thể làm gì để phòng bị lừa bằng deepfake?',
   '[{"id": "a", "text": "Đăng công khai thật nhiều video"}, {"id": "b", "text": "Chuyển tiền ngay khi thấy mặt người thân"}, {"id": "c", "text": "Cho nhau biết mã OTP để tiện giúp đỡ"}, {"id": "d", "text": "Thống nhất một “mật khẩu gia đình” để xác minh"}]',
   'd', 'Một “mật khẩu gia đình” mà kẻ gian không biết giúp xác minh đúng người thân.'),
  ('0195a6b0-0000-7000-8003-000000000612', '0195a6b0-0000-7000-8000-000000000001', '0195a6b0-0000-7000-8001-000000000006',
   'Khi hỏi AI về một trường hợp cụ thể, nên làm gì để bảo vệ thông tin cá nhân?',
   '[{"id": "a", "text": "Ghi đủ họ tên, số căn cước cho AI hiểu rõ"}, {"id": "b", "text": "Tải ảnh thẻ căn cước lên cho AI đọc"}, {"id": "c", "text": "Bỏ tên thật, địa chỉ, số điện thoại"}, {"id": "d", "text": "Nhập luôn mật khẩu tài khoản"}]',
   'c', 'Bỏ các thông tin nhận diện vẫn giúp AI trả lời được mà không làm lộ thông tin cá nhân.');

SELECT renumber_lessons('0195a6b0-0000-7000-8000-000000000001');
