import { DataTypes } from 'sequelize';

// Column and option shapes every model shares. Models are defined per Sequelize instance
// (sequelize.define), not as module-level classes bound by Model.init, so two instances (tests,
// tools) never share hidden state.

export const id = { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true };
export const stamps = { createdAt: DataTypes.DATE, updatedAt: DataTypes.DATE };
export const common = { underscored: true, timestamps: true };
