/**
 * Exact text from the development corpus (corpus/*.txt), used as test input.
 */

/** S0 (000_…): Điều 3 execution paragraph with an elliptical list. */
export const S0_EXECUTION = `Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Giáo dục và Đào tạo, Nội vụ, Tài chính, Y tế, Văn hóa, Thể thao và Du lịch, Xây dựng; Chủ tịch UBND các xã, phường ở địa bàn đô thị, khu công nghiệp và thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`;

/** S0: the whole "III. TỔ CHỨC THỰC HIỆN" section, closing paragraph included. */
export const S0_ORGANIZATION = `III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Là cơ quan thường trực giúp UBND tỉnh chỉ đạo triển khai thực hiện Kế hoạch; căn cứ các nhiệm vụ được giao trong Kế hoạch tham mưu xây dựng các đề án, kế hoạch trình UBND tỉnh phê duyệt kịp thời, đúng tiến độ, lộ trình để triển khai thực hiện.
- Tham mưu cho UBND tỉnh, trình Hội đồng nhân dân tỉnh ban hành Nghị quyết Quy định mức hỗ trợ đối với trẻ em mầm non là con công nhân, người lao động làm việc tại khu công nghiệp; giáo viên mầm non làm việc tại cơ sở giáo dục mầm non dân lập, tư thục và cơ sở giáo dục mầm non độc lập dân lập, tư thục ở địa bàn có khu công nghiệp trên địa bàn tỉnh Gia Lai và các văn bản quản lý nhà nước về giáo dục mầm non ở địa bàn đô thị, địa bàn khu công nghiệp nhằm tạo cơ sở pháp lý cho triển khai thực hiện   Kế hoạch.
- Chủ trì phối hợp với các sở, ngành, UBND các xã, phường có liên quan rà soát sắp xếp lại cơ sở mạng lưới trường lớp đảm bảo hợp lý, đúng quy định; rà soát, kiểm tra việc quy hoạch xây dựng và bảo đảm quỹ đất để xây dựng trường, lớp địa bàn đô thị, khu công nghiệp; bố trí đủ biên chế cán bộ quản lý, giáo viên, nhân viên trường học theo định mức quy định, phù hợp từng năm học…
- Tổ chức tập huấn, bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ cho cán bộ quản lý, giáo viên, nhân viên; hướng dẫn, chỉ đạo các cơ sở   giáo dục mầm non   địa bàn đô thị, khu công nghiệp thực hiện nhiệm vụ theo quy định, phù hợp với điều kiện thực tiễn, đảm bảo an toàn, phát triển toàn diện.
- Tổ chức kiểm tra, đánh giá, tổng hợp kết quả thực hiện Kế hoạch theo từng giai đoạn. Tổ chức sơ kết, tổng kết việc thực hiện Kế hoạch; đề xuất khen thưởng đối với tập thể, cá nhân có thành tích tiêu biểu trong thực hiện Kế hoạch.
2. Sở Nội vụ
- Phối hợp với Sở GDĐT kiểm tra việc thực hiện các quy định liên quan đến dịch vụ giáo dục mầm non cho trẻ em là con công nhân tại địa bàn có nhiều lao động quy định tại Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ.
- Phối hợp với Sở GDĐT và các sở, ngành liên quan nghiên cứu, đề xuất sửa đổi, bổ sung chế độ, chính sách đối với cán bộ quản lý, giáo viên, nhân viên trong các cơ sở giáo dục mầm non ở   địa bàn đô thị, khu công nghiệp.
- Phối hợp với các đơn vị liên quan tăng cường công tác kiểm tra, giám sát công tác tuyển dụng, hợp đồng, sử dụng, đãi ngộ, khen thưởng đội ngũ cán bộ quản lý, giáo viên, nhân viên   trong các cơ sở giáo dục mầm non ở   địa bàn đô thị, khu công nghiệp.
3.     Sở Tài chính
- Chủ trì, phối hợp với các sở ngành, địa phương tham mưu báo cáo UBND tỉnh cân đối, bố trí phân bổ các nguồn vốn đầu tư để thực hiện có hiệu quả Kế hoạch.
-   Chủ trì, phối hợp với Sở GDĐT, các sở, ngành liên quan trình cấp có thẩm quyền bố trí kinh phí thực hiện các hoạt động của Chương trình theo quy định của Luật Ngân sách nhà nước, pháp luật đầu tư công và các quy định có liên quan.
4. Sở Y tế
Phối hợp với Sở GDĐT chỉ đạo hệ thống y tế cơ sở phối hợp với các cơ sở   giáo dục mầm non   địa bàn đô thị, khu công nghiệp triển khai nội dung chuyên môn về công tác nuôi dưỡng, chăm sóc sức khỏe và các nhiệm vụ khác của Chương trình theo chức năng, nhiệm vụ.
5. Sở Văn hóa, Thể thao và Du lịch
Phối hợp với Sở GDĐT tổ chức tuyên truyền, phổ biến về mục đích, ý nghĩa và sự cần thiết của Kế hoạch nhằm nâng cao nhận thức, trách nhiệm của các cấp ủy đảng, chính quyền địa phương, doanh nghiệp, cha mẹ trẻ em, cán bộ quản lý, giáo viên, nhân viên và cộng đồng đối với việc đầu tư, chăm lo phát triển và nâng cao chất lượng giáo dục mầm non tại địa bàn đô thị, khu công nghiệp.
6.       Sở Xây dựng
- Trên cơ sở các quy chuẩn, tiêu chuẩn về nhà ở cho công nhân, thiết kế điển hình về cơ sở giáo dục mầm non tại các khu nhà ở xã hội, sau khi Bộ Xây dựng ban hành bổ sung  [1], Sở Xây dựng rà soát lại các dự án nhà ở xã hội dành cho công nhân, phối hợp với các đơn vị liên quan triển khai thực hiện Quyết định số 338/QĐ-TTg ngày 03 tháng 4 năm 2023 của Thủ tướng Chính phủ phê duyệt Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030” đối với nhiệm vụ đầu tư xây dựng các thiết chế công đoàn tại các khu công nghiệp, khu chế xuất (bao gồm nhà ở, nhà trẻ, giáo dục, y tế, siêu thị và các công trình văn hóa, thể thao).
- Rà soát, kiểm tra việc quy hoạch xây dựng và bảo đảm quỹ đất để xây dựng trường, lớp công lập ở địa bàn đô thị, khu công nghiệp.
7. Đề nghị Liên đoàn Lao động tỉnh
- Phối hợp với các đơn vị liên quan tiếp tục quan tâm đầu tư xây dựng các cơ sở giáo dục mầm non cho con công nhân trong thiết chế của công đoàn tại các khu công nghiệp, khu chế xuất theo quy định tại Quyết định số 1729/QĐ-TTg ngày 04 tháng 11 năm 2020 sửa đổi, bổ sung Quyết định số 655/QĐ-TTg ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ phê duyệt Đề án Đầu tư xây dựng các thiết chế của công đoàn tại các khu công nghiệp, khu chế xuất.
- Tham gia huy động nguồn lực, kinh phí từ các doanh nghiệp sử dụng lao động và các tổ chức, cá nhân hỗ trợ giáo viên mầm non của cơ sở giáo dục mầm non dân lập, tư thục ở địa bàn có khu công nghiệp, nơi có nhiều lao động được tham gia đào tạo để đáp ứng trình độ chuẩn theo quy định của Luật Giáo dục năm 2019, hỗ trợ một phần chi phí gửi trẻ cho người lao động có con trong lứa tuổi mầm non.
8.     Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các đoàn thể và các tổ chức xã hội - nghề nghiệp các cấp
- Thực hiện việc giám sát và phản biện xã hội về việc triển khai chính sách giáo dục mầm non ở địa bàn có khu công nghiệp, nơi có nhiều lao động theo quy định của Chính phủ.
- Tham gia tích cực vào việc hỗ trợ phát triển giáo dục mầm non, nâng cao  chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp giai đoạn 2025- 2035, định hướng đến năm 2045 trên địa bàn tỉnh.
9. Ủy ban nhân dân các xã, phường
Chịu trách nhiệm toàn diện về thực hiện Kế hoạch trên địa bàn theo phân cấp quản lý, cụ thể:
- Xây dựng Kế hoạch, cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp của Kế hoạch để chỉ đạo, triển khai thực hiện trên địa bàn (Kế hoạch của đơn vị gửi về Sở GDĐT để tổng hợp báo cáo UBND tỉnh).
- Tập trung rà soát, bổ sung quy hoạch mạng lưới, trường, lớp ở địa bàn đô thị, khu công nghiệp; chuyển các trường mẫu giáo thành trường mầm non, tăng thêm ít nhất 10% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi; rà soát, sắp xếp các điểm trường theo hướng thu gọn đầu mối đảm bảo thuận lợi để huy động trẻ mầm non đến trường cho từng giai đoạn trên địa bàn, phù hợp với điều kiện kinh tế - xã hội của địa phương.
- Thực hiện đầu tư cơ sở vật chất, trang thiết bị, đồ dùng, đồ chơi phục vụ việc triển khai Chương trình giáo dục mầm non; có chính sách ưu tiên nhằm phát triển giáo dục mầm non trên địa bàn; bảo đảm bố trí ngân sách chi cho giáo dục mầm non theo đúng quy định hiện hành; rà soát, cân đối nguồn kinh phí triển khai thực hiện các nhiệm vụ của Kế hoạch. Quan tâm, ưu tiên đầu tư cơ sở vật chất, thiết bị dạy học phù hợp với tình hình thực tế của các trường mầm non.
- Xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ quản lý, giáo viên, nhân viên đảm bảo về số lượng và chất lượng, đáp ứng yêu cầu đổi mới giáo dục mầm non; rà soát và thực hiện đầy đủ chế độ, chính sách đối với cán bộ quản lý, giáo viên, nhân viên và trẻ ở các cơ sở giáo dục mầm non.
- Thực thi đầy đủ và có hiệu quả cơ chế, chính sách khuyến khích xã hội hóa giáo dục mầm non; quan tâm kiểm tra, đôn đốc xây dựng cơ sở giáo dục mầm non độc lập dân lập, tư thục đạt tiêu chuẩn trường học an toàn, phòng, chống tai nạn thương tích theo quy định.
- Tổ chức kiểm tra, thường xuyên đánh giá, tổng hợp kết quả thực hiện Kế hoạch hằng năm, giai đoạn, tổ chức sơ kết, tổng kết; định kỳ tổng hợp báo cáo cấp có thẩm quyền.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương chủ động đề xuất gửi Sở GDĐT để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.`;

/** S1 (001_…): organization section with numbering that restarts (1..5, then 3, 4, 5). */
export const S1_ORGANIZATION = `III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Tham mưu xây dựng và triển khai thực hiện Kế hoạch phát triển giáo dục mầm non giai đoạn 2021-2025 của Huyện. 

- Có các giải pháp thực hiện đổi mới, tạo chuyển biến tích cực phát triển giáo dục mầm non trong giai đoạn 2021-2025 và những năm tiếp theo, tham mưu UBND Huyện  đưa vào kế hoạch phát triển kinh tế - xã hội của địa phương, nâng vị trí vai trò chất lượng giáo dục mầm non.

- Tổ chức thực hiện nghiêm túc nội dung, chính sách quy định tại Nghị định 105/2020/NĐ-CP sau khi được Hội đồng Nhân dân, Ủy ban Nhân dân Thành phố phê duyệt. Kiểm tra, giám sát, báo cáo định kỳ  hàng năm với Sở Giáo dục và Đào tạo để tổng hợp báo cáo Bộ Giáo dục và Đào tạo, UBND Huyện. 
- Thực hiện tốt công tác truyền thông, thay đổi nhận thức, trách nhiệm phối hợp giữa gia đình - nhà trường - cộng đồng nhằm nâng cao chất lượng chăm sóc nuôi dưỡng giáo dục tiếp cận với giáo dục mầm non trong khu vực và quốc tế. 
- Là cơ quan thường trực, chủ trì phối hợp với các phòng, ngành tham mưu UBND Huyện  chỉ đạo, giám sát cơ sở giáo dục thực hiện Kế hoạch; tham mưu đề xuất các cơ chế, chính sách đảm bảo điều kiện thực hiện; kiểm tra tiến độ thực hiện Kế hoạch của các cơ sở giáo dục và tổng hợp báo cáo UBND Huyện.
- Tham mưu UBND Huyện sơ kết, tổng kết, đánh giá hướng dẫn lựa chọn tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong triển khai thực hiện Kế hoạch và đề nghị khen thưởng các cấp.
2. Phòng Nội vụ
- Chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức tuyển dụng bổ sung viên chức mới đảm bảo chất lượng, đúng qui chế, tiến độ theo kế hoạch của Thành phố.

- Tham mưu UBND huyện thực hiện đầy đủ, kịp thời các chính sách của Nhà nước đối với nhà giáo và cán bộ quản lý, nhân viên ngành giáo dục và đào tạo.
3. Phòng Tài chính-Kế hoạch

Phối hợp với phòng Giáo dục và Đào tạo, tham mưu UBND huyện phân bổ nguồn vốn ngân sách các cấp, cơ chế chính sách huy động các nguồn vốn hợp pháp khác hỗ trợ kinh phí cho các trường xây dựng chuẩn theo kế hoạch. Chịu trách nhiệm tư vấn, hướng dẫn các trường thực hiện tiêu chuẩn về tài chính; xã hội hóa giáo dục; có giải pháp tham mưu cho UBND huyện thực hiện đạt tiêu chuẩn được giao
4. Ban Quản lý dự án đầu tư xây dựng

Phối hợp với phòng Giáo dục và Đào tạo, phòng Tài chính – Kế hoạch cân đối vốn và lồng ghép các nguồn lực đầu tư, tham mưu UBND huyện thực hiện Kế hoạch, chịu trách nhiệm về tiến độ thực hiện các dự án theo kế hoạch.

5. Các phòng, ban, ngành, đơn vị liên quan

Các phòng, ban đơn vị liên quan: Căn cứ chức năng, quyền hạn, nhiệm vụ của đơn vị, có trách nhiệm tham mưu, phối hợp, triển khai hướng dẫn các cơ sở giáo dục đào tạo trên địa bàn thực hiện nghiêm túc, có hiệu quả các mục tiêu, chỉ tiêu, tiến độ thực hiện của kế hoạch..

3. Ủy ban nhân dân các xã, thị trấn
- Phối hợp với phòng Giáo dục và Đào tạo thực hiện thông tin, tuyên truyền và các nhiệm vụ khác liên quan đến giáo dục và đào tạo.

- Triển khai kế hoạch, hướng dẫn và giám sát đánh giá việc thực hiện kế hoạch đối với nhóm trẻ, lớp mẫu giáo độc lập tư thục.

- Thực hiện tốt công tác quản lí, xử lý triệt để các vi phạm đối với cơ sở giáo dục mầm non trên địa bàn theo chức năng, nhiệm vụ, thẩm quyền.

- Thực hiện chế độ thông tin báo cáo theo qui định.

4. Các trường mầm non

- Căn cứ văn bản chỉ đạo của các cấp, tình hình thực tế của nhà trường xây dựng kế hoạch thực hiện nhiệm vụ phát triển giáo dục mầm non giai đoạn 2021-2025 và kế hoạch chi tiết cho từng hoạt động; tổ chức thực hiện đúng tiến độ, đạt hiệu quả cao; công khai nội dung kế hoạch tới cán bộ, giáo viên, nhân viên, cha mẹ học sinh và cộng đồng; phân công rõ người, rõ việc, rõ trách nhiệm đến từng cá nhân.

- Rà soát bổ sung cơ sở vật chất, các điều kiện đảm bảo, công tác phòng cháy chữa cháy; tổ chức thực hiện, giám sát các hoạt động nuôi dưỡng chăm sóc giáo dục trẻ đảm bảo thực chất, hiệu quả, đúng tiến độ; phối hợp tốt với cha mẹ học sinh trong công tác nuôi dưỡng chăm sóc giáo dục trẻ; đảm bảo an toàn tuyệt đối cho trẻ cả về thể chất và tinh thần.

- Phối hợp với UBND xã, thị trấn quản lí tốt nhóm trẻ, lớp mẫu giáo độc lập tư thục trên địa bàn.

- Thực hiện nghiêm túc công tác thông tin, báo cáo.

- Trong quá trình thực hiện nhiệm vụ tiếp tục cập nhật các văn bản chỉ đạo

của các cấp để điều chỉnh, bổ sung vào kế hoạch triển khai thực hiện nhiệm vụ

phát triển giáo dục mầm non giai đoạn 2021-2025.

5. Nhóm trẻ, lớp mẫu giáo độc lập tư thục

- Nghiêm túc thực hiện qui định về cơ sở vật chất, các điều kiện đảm bảo, phòng cháy chữa cháy và thực hiện công tác nuôi dưỡng, chăm sóc, giáo dục trẻ theo đúng quy định; đảm bảo an toàn tuyệt đối cho trẻ cả về thể chất và tinh thần.

- Thực hiện nghiêm túc công tác thông tin, báo cáo`;

/** S2 (002_…): items 9 to 11 of the organization section, the closing paragraph and Nơi nhận. */
export const S2_ORGANIZATION_END = `V. TỔ CHỨC THỰC HIỆN

8. Sở Thông tin và Truyền thông

Chủ trì công tác tuyên truyền, phổ biến về mục đích, ý nghĩa và sự cần thiết của Chương trình nhằm nâng cao nhận thức, trách nhiệm của các cấp ủy đảng, chính quyền địa phương, các bậc cha, mẹ, người chăm sóc trẻ, giáo viên, cán bộ quản lý giáo dục và cộng đồng đối với việc đầu tư, chăm lo phát triển Giáo dục mầm non vùng khó khăn. Xây dựng nội dung tuyên truyền về thực hiện Kế hoạch giai đoạn 2023-2030 đảm bảo phù hợp, đúng quy định.

9. Đài Phát thanh và Truyền hình tỉnh

Đẩy mạnh công tác truyền thông, nâng cao nhận thức của cộng đồng về mục tiêu, ý nghĩa của Kế hoạch thực hiện Chương trình Hỗ trợ Giáo dục mầm

non vùng khó khăn. Thiết kế và triển khai các chuyên mục, chuyên trang trên các phương tiện thông tin đại chúng nhằm hỗ trợ cho các bậc phụ huynh và cộng đồng về nội dung hỗ trợ phát triển Giáo dục mầm non vùng khó khăn.

10. Ủy ban nhân dân các huyện, thành phố

Tổ chức xây dựng Kế hoạch và chỉ đạo các đơn vị thuộc phạm vi quản lý tích cực, chủ động tổ chức triển khai thực hiện các nội dung tại Kế hoạch của tỉnh.

- Chủ động bố trí kinh phí theo phân cấp ngân sách để triển khai thực hiện Kế hoạch theo quy định. Tập trung rà soát, bổ sung quy hoạch mạng lưới, xây dựng các cơ sở Giáo dục mầm non; rà soát, sắp xếp các điểm trường theo hướng thu gọn đầu mối đảm bảo thuận lợi cho huy động trẻ mầm non đến trường cho từng giai đoạn trên địa bàn, phù hợp với điều kiện kinh tế - xã hội của địa phương.

- Chủ động tạo nguồn, xây dựng kế hoạch tuyển dụng, hợp đồng, sử dụng, đãi ngộ, khen thưởng đội ngũ giáo viên, cán bộ quản lý giáo dục mầm non vùng khó khăn đảm bảo mục tiêu của Chương trình.

- Tiếp tục triển khai đảm bảo các chính sách ưu đãi nhằm phát triển Giáo dục mầm non trên địa bàn. Đồng thời tiếp tục triển khai Kế hoạch số 2506/KH-UBND ngày 04/11/2020 của Ủy ban nhân dân tỉnh Lai Châu về Đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý giáo dục mầm non giai đoạn 2020-2025 phù hợp với điều kiện thực tế của địa phương.

- Quan tâm, ưu tiên và đẩy mạnh xã hội hóa, huy động nguồn vốn hợp pháp khác để đầu tư cơ sở vật chất, thiết bị dạy học, các điều kiện cần thiết cho các cơ sở giáo dục mầm non, đặc biệt tại các điểm trường lẻ để nâng cao chất lượng giáo dục tại địa phương.

- Xây dựng Kế hoạch, bố trí kinh phí và tổ chức bồi dưỡng tiếng dân tộc cho giáo viên biết sử dụng tiếng mẹ đẻ của trẻ, các lớp bồi dưỡng, tập huấn cho đội ngũ công tác viên hỗ trợ ngôn ngữ trong các cơ sở giáo dục đảm bảo phù hợp với điều kiện thực tiễn tại địa phương, bảo đảm đạt mục tiêu đã đề ra theo Kế hoạch.

- Tổ chức kiểm tra, đánh giá, kết quả triển khai thực hiện Kế hoạch trên địa bàn, báo cáo theo quy định.

11. Đề nghị Ủy ban mặt trận tổ quốc Việt Nam tỉnh Lai Châu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Khuyến học tỉnh

Theo chức năng, nhiệm vụ của đơn vị, tích cực phối hợp đẩy mạnh công tác tuyên truyền, vận động, hỗ trợ phát triển giáo dục mầm non vùng khó khăn

góp phần nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ em ở gia đình và cộng đồng. Huy động cán bộ, chiến sỹ, hội viên, đoàn viên tham gia dạy tiếng Việt và các hoạt động hỗ trợ tăng cường tiếng Việt cho cha, mẹ và trẻ em người dân tộc thiểu số, đặc biệt ở khu vực biên giới gắn với hỗ trợ thực hiện xóa mù chữ, chống tái mù chữ và xây dựng xã hội học tập.

Căn cứ nội dung Kế hoạch này, các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thành phố chỉ đạo tổ chức, triển khai thực hiện. Trong quá trình triển khai thực hiện nếu có khó khăn vướng mắc, bất cập đề nghị các cơ quan, đơn vị ý kiến bằng văn bản gửi UBND tỉnh (qua Sở GD&ĐT) để tổng hợp nghiên cứu điều chỉnh cho phù hợp./.

Nơi nhận:

- Bộ GD&ĐT (để b/c);
- TT.Tỉnh ủy (để b/c);
- TT.HĐND tỉnh (để b/c);
- Chủ tịch, các PCT UBND tỉnh;
- UBMTTQVN tỉnh;
- Các sở, ban, ngành, đoàn thể tỉnh;
- V1, V4, CB;
- UBND huyện, thành phố;
- Phòng GD&ĐT các huyện, thành phố;
- Báo Lai Châu;
- Đài PT-TH Lai Châu;
- Lưu: VT, VX4.
`;

/** S4 (004_…): the organization section of the Công văn (hard-wrapped, blank line after every line). */
export const S4_ORGANIZATION = ` III. TỔ CHỨC THỰC HIỆN 

 Căn cứ vào hướng dẫn nhiệm vụ năm học của Phòng GD&ĐT, đặc điểm tình 

hình của địa phương, các đơn vị xây dựng kế hoạch cụ thể đối với GDMN và chỉ 

đạo tổ chức thực hiện tốt các chỉ tiêu, nhiệm vụ trọng tâm của năm học.  

 Trong quá trình triển khai thực hiện nhiệm vụ, nếu có khó khăn, vướng mắc 

đề nghị phản ánh về Phòng GD&ĐT để được giải đáp và kịp thời chỉ đạo giải quyết./. 

 

Nơi nhận: 
- Sở GD&ĐT(để BC); 

- PCT UBND huyện (để BC); 

- LĐ, CV Phòng GD&ĐT (để CĐ&TH); 
`;
