package dev.racereg.testkit.fftri;

import java.util.List;

/**
 * The fixed table of ITU federations. Ids 1 to 4, 113, 123 and 131 and their fields are the doc's;
 * the others follow the same numbering (by continent, then by English country name) and are
 * plausible but not copied from the platform. Which federations are {@code ituFree} is inferred:
 * the doc's affiliated list starts with Belgium, Germany and Italy.
 */
final class ItuFederations {

  private ItuFederations() {}

  private static ItuFederationRow f(int id, String name, String country, String alpha2, int numeric) {
    return new ItuFederationRow(id, name, country, alpha2, numeric, false);
  }

  private static ItuFederationRow free(int id, String name, String country, String alpha2, int numeric) {
    return new ItuFederationRow(id, name, country, alpha2, numeric, true);
  }

  static final List<ItuFederationRow> ALL = List.of(
      f(1, "Fédération Algérienne de Triathlon", "Algérie", "DZ", 12),
      f(2, "Association de Triathlon Benin", "Bénin", "BJ", 204),
      f(3, "Botswana Triathlon Society", "Botswana", "BW", 72),
      f(4, "Burkina Faso", "Burkina Faso", "BF", 854),
      f(5, "Fédération de Triathlon du Burundi", "Burundi", "BI", 108),
      f(6, "Fédération Camerounaise de Triathlon", "Cameroun", "CM", 120),
      f(7, "Federação Cabo-verdiana de Triatlo", "Cap-Vert", "CV", 132),
      f(8, "Egyptian Triathlon Federation", "Égypte", "EG", 818),
      f(9, "Ethiopian Triathlon Federation", "Éthiopie", "ET", 231),
      f(10, "Ghana Triathlon Association", "Ghana", "GH", 288),
      f(11, "Triathlon Kenya", "Kenya", "KE", 404),
      f(12, "Fédération Malagasy de Triathlon", "Madagascar", "MG", 450),
      f(13, "Mauritius Triathlon Federation", "Maurice", "MU", 480),
      f(14, "Fédération Royale Marocaine de Triathlon", "Maroc", "MA", 504),
      f(15, "Triathlon Namibia", "Namibie", "NA", 516),
      f(16, "Triathlon Federation of Nigeria", "Nigeria", "NG", 566),
      f(17, "Rwanda Triathlon Federation", "Rwanda", "RW", 646),
      f(18, "Fédération Sénégalaise de Triathlon", "Sénégal", "SN", 686),
      f(19, "Seychelles Triathlon Association", "Seychelles", "SC", 690),
      f(20, "Triathlon South Africa", "Afrique du Sud", "ZA", 710),
      f(21, "Fédération Tunisienne de Triathlon", "Tunisie", "TN", 788),
      f(22, "Triathlon Zimbabwe", "Zimbabwe", "ZW", 716),
      f(31, "Federación Argentina de Triatlón", "Argentine", "AR", 32),
      f(32, "Bermuda Triathlon Association", "Bermudes", "BM", 60),
      f(33, "Confederação Brasileira de Triathlon", "Brésil", "BR", 76),
      f(34, "Triathlon Canada", "Canada", "CA", 124),
      f(35, "Federación Chilena de Triatlón", "Chili", "CL", 152),
      f(36, "Federación Colombiana de Triatlón", "Colombie", "CO", 170),
      f(37, "Federación Costarricense de Triatlón", "Costa Rica", "CR", 188),
      f(38, "Federación Cubana de Triatlón", "Cuba", "CU", 192),
      f(39, "Federación Ecuatoriana de Triatlón", "Équateur", "EC", 218),
      f(40, "Federación Nacional de Triatlón de Guatemala", "Guatemala", "GT", 320),
      f(41, "Federación Mexicana de Triatlón", "Mexique", "MX", 484),
      f(42, "Federación Deportiva Peruana de Triatlón", "Pérou", "PE", 604),
      f(43, "USA Triathlon", "États-Unis", "US", 840),
      f(44, "Federación Uruguaya de Triatlón", "Uruguay", "UY", 858),
      f(45, "Federación Venezolana de Triatlón", "Venezuela", "VE", 862),
      f(61, "Chinese Triathlon Association", "Chine", "CN", 156),
      f(62, "Triathlon Association of Hong Kong, China", "Hong Kong", "HK", 344),
      f(63, "Triathlon Federation of India", "Inde", "IN", 356),
      f(64, "Indonesia Triathlon Federation", "Indonésie", "ID", 360),
      f(65, "Japan Triathlon Union", "Japon", "JP", 392),
      f(66, "Kazakhstan Triathlon Federation", "Kazakhstan", "KZ", 398),
      f(67, "Korea Triathlon Federation", "Corée du Sud", "KR", 410),
      f(68, "Malaysia Triathlon Association", "Malaisie", "MY", 458),
      f(69, "Triathlon Philippines", "Philippines", "PH", 608),
      f(70, "Triathlon Association of Singapore", "Singapour", "SG", 702),
      f(71, "Triathlon Association of Thailand", "Thaïlande", "TH", 764),
      f(72, "UAE Triathlon Federation", "Émirats arabes unis", "AE", 784),
      f(91, "Triathlon Australia", "Australie", "AU", 36),
      f(92, "Triathlon Fiji", "Fidji", "FJ", 242),
      f(93, "Triathlon New Zealand", "Nouvelle-Zélande", "NZ", 554),
      f(94, "Guam Triathlon Federation", "Guam", "GU", 316),
      f(107, "Federata Shqiptare e Triatlonit", "Albanie", "AL", 8),
      f(108, "Federació Andorrana de Triatló", "Andorre", "AD", 20),
      f(109, "Armenian Triathlon Federation", "Arménie", "AM", 51),
      f(110, "Österreichischer Triathlonverband", "Autriche", "AT", 40),
      f(111, "Azerbaijan Triathlon Federation", "Azerbaïdjan", "AZ", 31),
      f(112, "Belarus Triathlon Federation", "Biélorussie", "BY", 112),
      free(113, "Belgian Triathlon & Duathlon Federation", "Belgique", "BE", 56),
      f(114, "Bulgarian Triathlon Federation", "Bulgarie", "BG", 100),
      f(115, "Hrvatski Triatlon Savez", "Croatie", "HR", 191),
      f(116, "Cyprus Triathlon Federation", "Chypre", "CY", 196),
      f(117, "Český svaz triatlonu", "Tchéquie", "CZ", 203),
      f(118, "Dansk Triathlon Forbund", "Danemark", "DK", 208),
      f(119, "Eesti Triatloni Liit", "Estonie", "EE", 233),
      f(120, "Suomen Triathlonliitto", "Finlande", "FI", 246),
      f(121, "Fédération Française de Triathlon", "France", "FR", 250),
      f(122, "Georgian Triathlon Federation", "Géorgie", "GE", 268),
      free(123, "Deutsche Triathlon Union", "Allemagne", "DE", 276),
      f(124, "Gibraltar Triathlon Association", "Gibraltar", "GI", 292),
      f(125, "British Triathlon", "Royaume-Uni", "GB", 826),
      f(126, "Hellenic Triathlon Federation", "Grèce", "GR", 300),
      f(127, "Magyar Triatlon Szövetség", "Hongrie", "HU", 348),
      f(128, "Þríþrautarsamband Íslands", "Islande", "IS", 352),
      f(129, "Triathlon Ireland", "Irlande", "IE", 372),
      f(130, "Israel Triathlon Association", "Israël", "IL", 376),
      free(131, "Federazione Italiana Triathlon", "Italie", "IT", 380),
      f(132, "Latvijas Triatlona federācija", "Lettonie", "LV", 428),
      f(133, "Liechtensteiner Triathlon Verband", "Liechtenstein", "LI", 438),
      f(134, "Lietuvos triatlono federacija", "Lituanie", "LT", 440),
      free(135, "Fédération Luxembourgeoise de Triathlon", "Luxembourg", "LU", 442),
      f(136, "Triathlon Malta", "Malte", "MT", 470),
      f(137, "Moldovan Triathlon Federation", "Moldavie", "MD", 498),
      free(138, "Fédération Monégasque de Triathlon", "Monaco", "MC", 492),
      f(139, "Triathlon Federation of Montenegro", "Monténégro", "ME", 499),
      free(140, "Nederlandse Triathlon Bond", "Pays-Bas", "NL", 528),
      f(141, "Triathlon Federation of North Macedonia", "Macédoine du Nord", "MK", 807),
      f(142, "Norges Triathlonforbund", "Norvège", "NO", 578),
      f(143, "Polski Związek Triathlonu", "Pologne", "PL", 616),
      free(144, "Federação de Triatlo de Portugal", "Portugal", "PT", 620),
      f(145, "Federația Română de Triatlon", "Roumanie", "RO", 642),
      f(146, "Russian Triathlon Federation", "Russie", "RU", 643),
      f(147, "Federazione Sammarinese Triathlon", "Saint-Marin", "SM", 674),
      f(148, "Triatlon Savez Srbije", "Serbie", "RS", 688),
      f(149, "Slovenská triatlonová únia", "Slovaquie", "SK", 703),
      f(150, "Triatlonska zveza Slovenije", "Slovénie", "SI", 705),
      free(151, "Federación Española de Triatlón", "Espagne", "ES", 724),
      f(152, "Svenska Triathlonförbundet", "Suède", "SE", 752),
      free(153, "Swiss Triathlon", "Suisse", "CH", 756),
      f(154, "Türkiye Triatlon Federasyonu", "Turquie", "TR", 792),
      f(155, "Ukrainian Triathlon Federation", "Ukraine", "UA", 804));
}
