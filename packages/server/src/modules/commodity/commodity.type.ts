import { registerEnumType } from 'type-graphql';
import { COMMODITY_LABELS, Commodity, QuantityUnit } from './commodity';

registerEnumType(Commodity, {
  name: 'Commodity',
  description: 'Commodities of West Kalimantan that offerings, programs and requests refer to.',
  valuesConfig: Object.fromEntries(
    Object.entries(COMMODITY_LABELS).map(([value, label]) => [
      value,
      { description: `${label.en} (${label.id}).` },
    ]),
  ),
});

registerEnumType(QuantityUnit, {
  name: 'QuantityUnit',
  description: 'Unit a quantity is counted in.',
  valuesConfig: {
    KG: { description: 'Kilogram.' },
    TON: { description: 'Metric tonne (1,000 kg).' },
    LITRE: { description: 'Litre.' },
    PIECE: { description: 'Piece (buah).' },
    TRAY: { description: 'Tray of 30 eggs (peti/tray).' },
    HEAD: { description: 'Head of livestock (ekor).' },
    SACK: { description: 'Sack (karung).' },
    CUBIC_METRE: { description: 'Cubic metre of storage space.' },
    TRIP: { description: 'One transport trip.' },
  },
});

export { Commodity, QuantityUnit };
