/**
 * French, Spanish, Italian and Portuguese cues for asks made plainly, as `en-plain.ts` for English: a
 * correction asked by a pronoun or a bare verb once the wrong field is named ("il mio cognome è scritto
 * male ... potete correggere?", "en mi perfil pone 1998 ... ¿lo podéis arreglar?"), data kept but not used,
 * the CPRA's limit on sensitive data, the Mexican ARCO rights by their names, and opting out in a
 * sentence that starts with its own "no". Joined to each language's lexicon.
 */
import type { Cues } from './join-cues.js';

export const frPlain: Cues = {
  rectification: [
    [
      1,
      "(?<=(?:mon|ma|mes) (?:\\w+ )?(?:nom|prénom|nom de famille|adresse|e-mail|courriel|numéro|téléphone|date de naissance|profil|société|entreprise)\\b[^\\n]{0,160})(?:(?:pouvez-vous|pourriez-vous|merci de|veuillez|je vous prie de|vous pouvez) (?:le |la |les |l')?(?:corriger|rectifier|modifier|mettre à jour|changer)|(?:corrigez|rectifiez|modifiez)-(?:le|la|les))\\b",
    ],
  ],
  erasure: [
    // "Supprimer mon compte et toutes les données que vous avez sur moi": the data held, to be deleted.
    [
      1,
      '(?:supprim|effac|détrui)\\w*\\b~{0,40}\\b(?:les |mes |toutes les )?(?:données|informations)\\b~{0,30}\\b(?:que vous (?:avez|détenez|conservez)|me concernant|sur moi)',
    ],
    // A chaser: "mes données sont toujours là" (the deletion asked before is not done).
    [
      1,
      '(?:mes données|mes informations) (?:personnelles )?(?:sont|restent) toujours (?:là|présentes|visibles|en ligne)',
    ],
    [
      1,
      '(?<=(?:données|informations) (?:me concernant|sur moi|à mon sujet)[^\\n]{0,100})(?:(?:supprimez|effacez)-les|(?:merci de|veuillez|pouvez-vous) les (?:supprimer|effacer))\\b',
    ],
  ],
  restriction: [
    [1.5, "limiter l'utilisation de (?:mes|ses) (?:données|informations) (?:personnelles )?sensibles"],
    [
      1,
      "(?:ne (?:les |pas les |plus les )?(?:utilisez|utilisiez|traitez) (?:pas|plus)|ne (?:pas|plus) (?:les )?utiliser)\\b~{0,40}\\b(?:pour (?:autre chose|rien d'autre|aucune autre fin)|seulement (?:les )?(?:conserver|garder))",
    ],
  ],
  portability: [
    [
      1,
      '(?:transmettre|transférer|envoyer)\\b~{0,40}\\b(?:directement )?à (?:mon|un|notre) (?:nouveau|nouvel|nouvelle|autre) (?:prestataire|fournisseur|service|opérateur|banque|outil)',
    ],
  ],
};

export const esPlain: Cues = {
  rectification: [
    [
      1,
      '(?<=mi (?:\\w+ )?(?:nombre|apellido|dirección|domicilio|correo|email|teléfono|fecha de nacimiento|perfil|cuenta)\\b[^\\n]{0,160})(?:(?:lo|la|los) (?:podéis|pueden|puede|podrían|podríais) (?:arreglar|corregir|cambiar|actualizar|modificar)|(?:podéis|pueden|puede|podrían|podríais) (?:arreglar|correg|cambiar|actualizar)(?:lo|la|los)|(?:corríjan|corregid|arréglen|cámbien|actualícen)(?:lo|la|los))\\b',
    ],
  ],
  // ARCO's cancellation; a chaser: "mis datos siguen ahí" (the deletion asked before is not done).
  erasure: [
    [1.5, 'cancelación:? (?:de|sobre) (?:los|mis|todos mis) datos'],
    [
      1,
      'mis datos (?:personales )?(?:siguen|continúan|todavía están|aún están) (?:ahí|allí|ahi|en su sistema|guardados)',
    ],
  ],
  restriction: [
    [1.5, '(?:limit\\w*|restrin\\w*) el uso de (?:mi|mis|su|sus) (?:información|datos)\\b~{0,30}\\bsensible'],
    // "No quiero que usen mis datos para nada que no sea estrictamente necesario."
    [
      1,
      'no quiero que (?:usen|utilicen|traten) (?:mis datos|mi información|los datos|mis \\w+)\\b~{0,10}\\bpara (?:nada|ninguna otra cosa|otra cosa)\\b',
    ],
  ],
  objection: [
    [2, 'oponerme a (?:que|el|la|los|las)\\b|oposición:? (?:al|a la|a los) (?:uso|tratamiento|envío)'],
  ],
  portability: [
    [
      1,
      '(?:llevar|pasar|importar|migrar|mover|subir)(?:los|las|lo) a (?:otro|otra|un nuevo|una nueva|mi nuevo|mi nueva)\\b',
    ],
  ],
  opt_out_sale: [
    [
      2,
      'no quiero que\\b~{0,40}\\b(?:publicidad (?:dirigida|personalizada|segmentada)|anuncios personalizados|(?:vendan|compartan) (?:mis|mi|los|la))',
    ],
  ],
};

export const itPlain: Cues = {
  rectification: [
    [
      1,
      '(?<=(?:il mio|la mia|i miei|mio|mia) (?:\\w+ )?(?:nome|cognome|indirizzo|email|e-mail|numero|telefono|data di nascita|profilo|codice fiscale|partita iva)\\b[^\\n]{0,200})(?:(?:potete|potreste|può|potrebbe|vi chiedo di|vi prego di|per favore) (?:\\w+ )?(?:corregg|aggiorn|sistem|modific|rettific)\\w*|(?:correggete|aggiornate|sistemate)(?:lo|la|li)?)\\b',
    ],
  ],
  erasure: [
    // "Revoco il consenso ... e ne chiedo la cancellazione": the erasure asked by name, of the data just named.
    [2, '\\bne chiedo (?:la |anche la )?(?:cancellazione|eliminazione)'],
    [
      1,
      'i miei dati (?:personali )?(?:sono ancora|ci sono ancora|risultano ancora) (?:lì|li|presenti|nel sistema|salvati)',
    ],
  ],
  restriction: [
    [
      1,
      '(?:non (?:li |le |lo |la )?(?:usate|utilizzate|trattate)|non (?:li |le )?(?:usare|utilizzare))\\b~{0,40}\\b(?:per (?:nient\\w*|altro|nessun altro scopo)|solo (?:conservar|tener)\\w*)',
    ],
  ],
};

export const ptPlain: Cues = {
  erasure: [
    [
      1,
      '(?:os )?meus dados (?:pessoais )?(?:ainda estão|continuam) (?:lá|aí|no sistema|guardados|armazenados)',
    ],
  ],
  rectification: [
    [
      1,
      '(?<=(?:meu|minha|o meu|a minha) (?:\\w+ )?(?:nome|sobrenome|apelido|endereço|morada|e-mail|email|telefone|telemóvel|celular|data de nascimento|perfil|cpf|nif)\\b[^\\n]{0,160})(?:(?:podem|poderiam|pode|por favor|peço que) (?:\\w+ )?(?:corrigir|atualizar|actualizar|alterar|mudar|acertar|corrijam|atualizem)\\w*|(?:corrijam|atualizem|alterem)-(?:no|na|nos))\\b',
    ],
  ],
  restriction: [
    [
      1.5,
      '(?:limit\\w*|restrin\\w*) o uso (?:dos|das|de) (?:meus|minhas) (?:dados|informações)\\b~{0,30}\\bsens[ií]ve',
    ],
    [
      1,
      'não (?:os |as )?(?:usem|utilizem|tratem)\\b~{0,40}\\b(?:para (?:nada|mais nada|outra coisa|outros fins)|apenas (?:os |as )?(?:guardem|conservem|mantenham))',
    ],
  ],
  objection: [
    [
      1,
      'não (?:me )?(?:enviem|mandem|enviar|mandar) mais\\b~{0,20}\\b(?:e-?mails?|mensagens|newsletters?|sms|promoções|publicidade|ofertas|comunicações)',
      'absorbable',
    ],
    [
      1,
      '(?:tir\\w*|remov\\w*) (?:o )?meu (?:e-?mail|endereço|contato|contacto|número)\\b~{0,10}\\b(?:de|das) (?:todas as |suas |vossas )?listas',
      'absorbable',
    ],
  ],
};
