## Mga tanong: SRV, Paggamit ng mga online na serbisyo sa Canada (mga tanong, opsyon, lugar sa screen, kategorya ng gawain)

# srv-001
item-srv-001-prompt = Nagsa-sign in kayo sa isang website. Nakatanggap kayo ng text message na may code na may 6 na numero. Ano ang gagawin ninyo sa code?
item-srv-001-opt-a = Ibigay ang code sa taong tumawag sa inyo at humingi nito.
item-srv-001-opt-b = I-type ang code sa sign-in page.
item-srv-001-opt-c = Burahin ang mensahe at walang gawin.

# srv-002
item-srv-002-prompt = Nakalimutan ninyo ang inyong password. I-tap kung saan kayo makakagawa ng bagong password.
item-srv-002-region-email = Ang kahon para sa inyong email address.
item-srv-002-region-password = Ang kahon para sa inyong password.
item-srv-002-region-signin = Ang button na Sign in.
item-srv-002-region-forgot = Ang link na Forgot password?
item-srv-002-region-create = Ang link na Create an account.

# srv-003
item-srv-003-prompt = Sa two-step verification, nagsa-sign in kayo gamit ang inyong password at gamit din ang code na ipinadala sa inyong telepono. Tama o mali?

# srv-004
item-srv-004-prompt = Gusto ninyong palitan ang password ng isang online na account. Pagsunud-sunurin ang mga hakbang.
item-srv-004-opt-a = Buksan ang email mula sa site at i-tap ang link.
item-srv-004-opt-b = I-tap ang Forgot password? sa sign-in page.
item-srv-004-opt-c = I-type ang bagong password nang dalawang beses at i-tap ang Save.
item-srv-004-opt-d = I-type ang inyong email address at i-tap ang Send.

# srv-005
item-srv-005-prompt = Binuksan ninyo ang two-step verification. Nagpakita ang site ng 10 backup code. Ano ang pinakamagandang gawin sa mga ito?
item-srv-005-opt-a = Huwag pansinin ang mga ito, dahil lagi namang hawak ninyo ang inyong telepono.
item-srv-005-opt-b = Ipadala ang mga ito sa isang kaibigan sa email, para sigurado.
item-srv-005-opt-c = Itago ang mga ito sa ligtas na lugar, tulad ng password manager o sa papel sa bahay.
item-srv-005-opt-d = I-post ang mga ito sa group chat ng inyong pamilya.

# srv-006
item-srv-006-prompt = Tingnan ang form na ito. Ano ang ibig sabihin ng pulang bituin sa tabi ng isang kahon?
item-srv-006-opt-a = Mali ang sagot sa kahong ito.
item-srv-006-opt-b = Puwede ninyong iwanang blangko ang kahong ito.
item-srv-006-opt-c = Kailangan ninyong sagutan ang kahong ito.

# srv-007
item-srv-007-prompt = Humihingi ang form ng larawan ng inyong permanent resident card (PR card). I-tap kung saan idinadagdag ang file.
item-srv-007-region-name = Ang kahon na Family name (apelyido).
item-srv-007-region-upload = Ang button na Upload file.
item-srv-007-region-help = Ang link na Help.
item-srv-007-region-cancel = Ang button na Cancel.
item-srv-007-region-next = Ang button na Next.

# srv-008
item-srv-008-prompt = Kailangan ninyong magpadala ng larawan ng pahina ng inyong pasaporte. Aling larawan ang magandang ipadala?
item-srv-008-opt-a = Isang malabong larawan.
item-srv-008-opt-b = Isang larawan kung saan natatakpan ng daliri ninyo ang bahagi ng pahina.
item-srv-008-opt-c = Isang malinaw na larawan na kita ang buong pahina at ang apat na sulok nito.
item-srv-008-opt-d = Isang madilim na larawan na may nakasisilaw na liwanag sa pahina.

# srv-009
item-srv-009-prompt = Sa practice form na ito, i-type ang inyong pangalan at petsa ng kapanganakan, idagdag ang larawan ng inyong dokumento, at i-tap ang Submit.
item-srv-009-cat-0 = Hindi naipadala ang form.
item-srv-009-cat-1 = Naipadala ang form pagkatapos ng pahiwatig.
item-srv-009-cat-2 = Naipadala ang form nang walang tulong.

# srv-010
item-srv-010-prompt = Sinasabi ng form: Upload a PDF, 4 MB maximum. Ibig sabihin, PDF lang, hanggang 4 MB. Ang larawan ninyo ay JPG file na 9 MB. Ano ang puwede ninyong gawin?
item-srv-010-opt-a = Laktawan ang tanong na ito at i-submit ang form.
item-srv-010-opt-b = Palitan ang dulo ng pangalan ng file mula .jpg papuntang .pdf.
item-srv-010-opt-c = Subukang i-upload ang parehong file nang maraming beses.
item-srv-010-opt-d = Gumamit ng scanner app para i-save ang larawan bilang mas maliit na PDF, saka ito i-upload.

# srv-011
item-srv-011-prompt = Bago ang video appointment sa doktor, hindi na kailangang subukan ang inyong camera at mikropono. Tama o mali?

# srv-012
item-srv-012-prompt = May sakit ang inyong anak ngayon. I-tap kung saan ninyo sasabihin sa paaralan na liliban ang inyong anak.
item-srv-012-region-grades = Ang menu item na Grades.
item-srv-012-region-attendance = Ang menu item na Attendance: report an absence.
item-srv-012-region-lunch = Ang menu item na Lunch menu.
item-srv-012-region-calendar = Ang menu item na Calendar.
item-srv-012-region-signout = Ang button na Sign out.

# srv-013
item-srv-013-prompt = Nag-apply kayo online para sa Canadian citizenship. Gusto ninyong malaman kung may balita tungkol sa inyong aplikasyon. Saan kayo titingin?
item-srv-013-opt-a = Sa inyong account sa website ng IRCC.
item-srv-013-opt-b = Sa isang Facebook group tungkol sa imigrasyon.
item-srv-013-opt-c = Sa text message mula sa hindi kilalang numero na humihingi sa inyo ng bayad.

# srv-014
item-srv-014-prompt = Gusto ninyong magpa-appointment sa isang klinika online. Pagsunud-sunurin ang mga hakbang.
item-srv-014-opt-a = Pumili ng araw at oras.
item-srv-014-opt-b = Tingnan ang confirmation email.
item-srv-014-opt-c = Buksan ang booking page ng klinika.
item-srv-014-opt-d = I-tap ang Book appointment.

# srv-015
item-srv-015-prompt = Sa practice app ng klinika na ito, hanapin ang inyong appointment ngayong araw at sumali sa video call nang bukas ang camera at mikropono.
item-srv-015-cat-0 = Hindi nakasali sa tawag.
item-srv-015-cat-1 = Nakasali sa tawag pagkatapos ng pahiwatig.
item-srv-015-cat-2 = Nakasali sa tawag nang walang tulong.

# srv-016
item-srv-016-prompt = Gusto ninyong bayaran ang inyong bill sa kuryente sa inyong bank app. Ano ang kailangan ninyo mula sa bill?
item-srv-016-opt-a = Ang inyong Social Insurance Number.
item-srv-016-opt-b = Ang account number na nasa bill.
item-srv-016-opt-c = Ang password ng website ng kompanya ng kuryente.

# srv-017
item-srv-017-prompt = Gusto ninyong magpadala ng pera sa isang kaibigan gamit ang Interac e-Transfer. I-tap kung saan kayo magsisimula.
item-srv-017-region-accounts = Ang button na Accounts.
item-srv-017-region-paybills = Ang button na Pay bills.
item-srv-017-region-etransfer = Ang button na Send money with Interac e-Transfer.
item-srv-017-region-deposit = Ang button na Deposit a cheque.
item-srv-017-region-menu = Ang menu button sa kanang itaas.

# srv-018
item-srv-018-prompt = Binuksan ninyo ang Autodeposit para sa Interac e-Transfer sa inyong bank app. Ano ang magbabago?
item-srv-018-opt-a = Ang perang ipinadala sa inyong email o numero ng telepono ay papasok agad sa inyong account, nang walang security question.
item-srv-018-opt-b = Awtomatikong nababayaran ang inyong mga bill bawat buwan.
item-srv-018-opt-c = Kahit sino ay puwedeng kumuha ng pera sa inyong account nang hindi kayo tinatanong.
item-srv-018-opt-d = Kailangan ninyong sagutin ang security question sa bawat deposito.
